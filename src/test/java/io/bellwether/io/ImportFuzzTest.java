package io.bellwether.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.Bellwether;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ShadowComparison;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of seeded mutations of valid import files. Each must be imported exactly (the stored
 * rows equal what the file says, read by the simple independent reading below) or refused with a
 * line-numbered message and the store unchanged (row counts and audit chain length). Mutations that
 * keep the meaning must be accepted with the original rows; mutations that break one line must be
 * refused naming that line.
 */
class ImportFuzzTest {
    static final int FILES = 3000;
    static final int FILES_PER_WORKSPACE = 400;
    static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
    static final List<String> METRIC_KEYS = List.of("latency_p50", "latency_p95", "latency_p99", "error_rate",
            "requests_per_second");

    enum Mutation {
        NONE, BLANK_LINES, CRLF, BOM, PADDING, REORDER, EXTRA_FIELD,
        NAN, INFINITY, NEGATIVE, TEXT_IN_NUMBER, BAD_TIMESTAMP, BAD_ENUM, MISSING_FIELD, BROKEN_LINE, UNORDERED_PERCENTILES,
        MISSING_HEADER, DROP_COLUMN, EMPTY,
        TRUNCATE, GARBAGE_BYTES, SWAP_FIELDS
    }

    @TempDir
    Path folder;

    /** A generated file: its rows as ordered key/value maps (values already formatted), and its form. */
    record Generated(ImportKind kind, boolean csv, List<Map<String, String>> rows) {
    }

    @Test
    void everyMutatedFileIsImportedExactlyOrRefusedWithNothingStored() throws Exception {
        Random random = new Random(20260105L);
        Map<Mutation, int[]> outcomes = new EnumMap<>(Mutation.class);
        long started = System.nanoTime();
        Workspace workspace = null;
        try {
            String deploymentId = null;
            String shadowId = null;
            for (int n = 0; n < FILES; n++) {
                if (n % FILES_PER_WORKSPACE == 0) {
                    if (workspace != null) {
                        workspace.close();
                    }
                    workspace = Bellwether.openRecordOnly(folder.resolve("ws" + n));
                    Workspace service = workspace;
                    deploymentId = service.lifecycle().createDeployment(DeploymentRequest.builder("m", "v2",
                            DeploymentStrategy.CANARY, "fuzz").baselineMetrics(
                            new PerformanceMetrics(0.03, 0.05, 0.08, 0.01, 100)).build()).deploymentId();
                    shadowId = service.shadows().shadowDeploy("m:v1", "m:v2", 0.1, Operators.systemUser()).shadowId();
                }
                ImportKind kind = ImportKind.values()[random.nextInt(3)];
                Generated file = generate(kind, random.nextBoolean(), random);
                Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
                int[] brokenLine = {-1};
                byte[] bytes = mutate(file, mutation, random, brokenLine);
                boolean accepted = check(workspace, kind == ImportKind.SHADOW_COMPARISONS ? shadowId : deploymentId,
                        file, mutation, bytes, brokenLine[0]);
                outcomes.computeIfAbsent(mutation, m -> new int[2])[accepted ? 0 : 1]++;
            }
        } finally {
            if (workspace != null) {
                workspace.close();
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        StringBuilder summary = new StringBuilder(FILES + " files in " + millis + " ms; accepted/refused:");
        outcomes.forEach((m, counts) -> summary.append(' ').append(m).append('=').append(counts[0]).append('/')
                .append(counts[1]));
        System.out.println(summary);
        assertThat(outcomes.get(Mutation.NONE)[1]).isZero();
        assertThat(outcomes.get(Mutation.TRUNCATE)).satisfies(c -> assertThat(c[0]).isPositive());
        assertThat(outcomes.get(Mutation.GARBAGE_BYTES)).satisfies(c -> assertThat(c[1]).isPositive());
    }

    private boolean check(Workspace workspace, String target, Generated file, Mutation mutation, byte[] bytes,
                          int brokenLine) throws Exception {
        Workspace service = workspace;
        long chainBefore = workspace.audit().verify().eventsChecked();
        List<List<Object>> before = stored(service, file.kind(), target);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String context = mutation + " of " + file.kind() + (file.csv() ? " CSV" : " JSON Lines") + ":\n" + text;
        try {
            new DataImport(service).importStream(file.kind(), target, new ByteArrayInputStream(bytes), bytes.length,
                    NOW, null);
        } catch (ImportRefusedException e) {
            assertThat(e.getMessage()).as(context).matches("(?s)Import refused, nothing stored \\(\\d+ bad lines?\\): line \\d+: .+");
            assertThat(workspace.audit().verify().eventsChecked()).as(context).isEqualTo(chainBefore);
            assertThat(stored(service, file.kind(), target)).as(context).hasSameSizeAs(before);
            assertThat(mustAccept(mutation)).as("refused " + context + "\n" + e.getMessage()).isFalse();
            if (brokenLine > 0) {
                assertThat(e.problems()).as(context).extracting(LineProblem::line).contains((long) brokenLine);
            }
            return false;
        }
        assertThat(mustRefuse(mutation)).as("accepted " + context).isFalse();
        List<List<Object>> after = stored(service, file.kind(), target);
        List<List<Object>> added = new ArrayList<>(after);
        before.forEach(added::remove);
        List<List<Object>> expected = mustAccept(mutation) ? canonical(file) : oracle(file.kind(), text);
        assertThat(sorted(added)).as(context).isEqualTo(sorted(expected));
        assertThat(workspace.audit().verify().eventsChecked()).as(context).isEqualTo(chainBefore + 1);
        return true;
    }

    static boolean mustAccept(Mutation m) {
        return m.ordinal() <= Mutation.EXTRA_FIELD.ordinal();
    }

    static boolean mustRefuse(Mutation m) {
        return m.ordinal() >= Mutation.NAN.ordinal() && m.ordinal() <= Mutation.EMPTY.ordinal();
    }

    /** Stored rows come back ordered by time, not by file line. */
    private static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort((a, b) -> a.toString().compareTo(b.toString()));
        return copy;
    }

    private static List<List<Object>> stored(Workspace service, ImportKind kind, String target) {
        if (kind == ImportKind.SHADOW_COMPARISONS) {
            return service.queries().shadowComparisons(target, null, null).stream().map(ImportFuzzTest::row).toList();
        }
        return service.queries().healthHistory(target, null, null).stream().map(c -> row(kind, c)).toList();
    }

    private static List<Object> row(ShadowComparison c) {
        return List.of(c.timestamp(), c.primaryLatency(), c.shadowLatency(), c.agreement());
    }

    private static List<Object> row(ImportKind kind, HealthCheck c) {
        PerformanceMetrics m = c.metrics();
        List<Object> row = new ArrayList<>(List.of(c.timestamp(), m.latencyP50(), m.latencyP95(), m.latencyP99(),
                m.errorRate(), m.requestsPerSecond(), m.customMetrics()));
        if (kind == ImportKind.HEALTH_CHECKS) {
            row.add(c.status().value());
            row.add(c.message());
        }
        return row;
    }

    // ---- generation -------------------------------------------------------------------------------

    private static Generated generate(ImportKind kind, boolean csv, Random random) {
        int count = 1 + random.nextInt(10);
        List<Map<String, String>> rows = new ArrayList<>();
        Instant at = Instant.parse("2026-01-05T09:00:00Z").plusSeconds(random.nextInt(100_000));
        for (int i = 0; i < count; i++) {
            at = at.plusSeconds(1 + random.nextInt(600)).plusNanos(1000L * random.nextInt(1_000_000));
            Map<String, String> row = new LinkedHashMap<>();
            row.put("timestamp", at.toString());
            if (kind == ImportKind.SHADOW_COMPARISONS) {
                row.put("primary_latency", number(random, 0.2));
                row.put("shadow_latency", number(random, 0.2));
                row.put("agreement", Boolean.toString(random.nextInt(10) > 0));
            } else {
                if (kind == ImportKind.HEALTH_CHECKS) {
                    row.put("status", List.of("healthy", "degraded", "unhealthy", "unknown").get(random.nextInt(4)));
                    row.put("message", "check " + i);
                }
                double p50 = random.nextDouble() * 0.1;
                double p95 = p50 + random.nextDouble() * 0.1;
                double p99 = p95 + random.nextDouble() * 0.1;
                row.put("latency_p50", Double.toString(p50));
                row.put("latency_p95", Double.toString(p95));
                row.put("latency_p99", Double.toString(p99));
                row.put("error_rate", number(random, 0.2));
                if (kind == ImportKind.METRICS) {
                    row.put("request_count", Integer.toString(random.nextInt(10_000)));
                }
                row.put("custom_metrics.conversion", number(random, 1));
                row.put("requests_per_second", number(random, 500));
            }
            rows.add(row);
        }
        return new Generated(kind, csv, rows);
    }

    private static String number(Random random, double scale) {
        return Double.toString(random.nextDouble() * scale);
    }

    private static List<String> lines(Generated file, boolean padded, boolean reordered, boolean extra) {
        List<String> keys = new ArrayList<>(file.rows().get(0).keySet());
        if (reordered) {
            Collections.reverse(keys);
        }
        if (extra) {
            keys.add(1, "note");
        }
        List<String> lines = new ArrayList<>();
        String pad = padded ? "  " : "";
        if (file.csv()) {
            lines.add(String.join(",", keys.stream().map(k -> pad + k + pad).toList()));
            for (Map<String, String> row : file.rows()) {
                lines.add(String.join(",", keys.stream().map(k -> pad + row.getOrDefault(k, "x") + pad).toList()));
            }
        } else {
            for (Map<String, String> row : file.rows()) {
                List<String> members = new ArrayList<>();
                for (String key : keys) {
                    members.add(jsonMember(key, row.getOrDefault(key, "x")));
                }
                lines.add("{" + String.join(", ", members) + "}");
            }
        }
        return lines;
    }

    private static String jsonMember(String key, String value) {
        if (key.equals("custom_metrics.conversion")) {
            return "\"custom_metrics\": {\"conversion\": " + value + "}";
        }
        boolean text = List.of("timestamp", "status", "message", "note").contains(key);
        return "\"" + key + "\": " + (text ? "\"" + value + "\"" : value);
    }

    // ---- mutation ---------------------------------------------------------------------------------

    private static byte[] mutate(Generated file, Mutation mutation, Random random, int[] brokenLine) {
        List<String> lines = lines(file, mutation == Mutation.PADDING && file.csv(), mutation == Mutation.REORDER,
                mutation == Mutation.EXTRA_FIELD);
        int header = file.csv() ? 1 : 0;
        int target = header + random.nextInt(file.rows().size());
        String eol = "\n";
        switch (mutation) {
            case NONE, PADDING, REORDER, EXTRA_FIELD -> { }
            case BLANK_LINES -> {
                for (int i = 0; i < 3; i++) {
                    lines.add(random.nextInt(lines.size() + 1), random.nextBoolean() ? "" : "   ");
                }
            }
            case CRLF -> eol = "\r\n";
            case BOM -> lines.set(0, "\uFEFF" + lines.get(0));
            case NAN -> replaceValue(file, lines, target, numericKey(file, random), "NaN");
            case INFINITY -> replaceValue(file, lines, target, numericKey(file, random), "-Infinity");
            case NEGATIVE -> replaceValue(file, lines, target,
                    file.kind() == ImportKind.SHADOW_COMPARISONS ? "shadow_latency" : "latency_p99", "-0.5");
            case TEXT_IN_NUMBER -> replaceValue(file, lines, target, numericKey(file, random), file.csv() ? "fast" : "\"fast\"");
            case BAD_TIMESTAMP -> replaceValue(file, lines, target, "timestamp", file.csv() ? "05/01/2026" : "\"05/01/2026\"");
            case BAD_ENUM -> {
                if (file.kind() == ImportKind.HEALTH_CHECKS) {
                    replaceValue(file, lines, target, "status", file.csv() ? "fine" : "\"fine\"");
                } else if (file.kind() == ImportKind.SHADOW_COMPARISONS) {
                    replaceValue(file, lines, target, "agreement", file.csv() ? "yes" : "\"yes\"");
                } else {
                    replaceValue(file, lines, target, "request_count", "12.5");
                }
            }
            case MISSING_FIELD -> {
                String key = file.kind() == ImportKind.SHADOW_COMPARISONS ? "primary_latency" : "timestamp";
                if (file.csv()) {
                    replaceValue(file, lines, target, key, "");
                } else {
                    lines.set(target, lines.get(target).replace("\"" + key + "\"", "\"other\""));
                }
            }
            case BROKEN_LINE -> lines.set(target, file.csv() ? lines.get(target) + ",1"
                    : lines.get(target).substring(0, lines.get(target).length() - 1));
            case UNORDERED_PERCENTILES -> {
                if (file.kind() == ImportKind.SHADOW_COMPARISONS) {
                    replaceValue(file, lines, target, "primary_latency", "NaN");
                } else {
                    replaceValue(file, lines, target, "latency_p50", "0.9");
                }
            }
            case MISSING_HEADER -> {
                if (file.csv()) {
                    lines.remove(0);
                } else {
                    lines.replaceAll(line -> line.replace("\"timestamp\"", "\"time\"")
                            .replace("\"primary_latency\"", "\"primary\""));
                }
            }
            case DROP_COLUMN -> {
                String key = file.kind() == ImportKind.SHADOW_COMPARISONS ? "agreement" : "timestamp";
                if (file.csv()) {
                    int column = Arrays.asList(lines.get(0).split(",")).indexOf(key);
                    lines.replaceAll(line -> dropCell(line, column));
                } else {
                    lines.replaceAll(line -> line.replace("\"" + key + "\"", "\"dropped\""));
                }
            }
            case EMPTY -> lines.subList(header, lines.size()).clear();
            case TRUNCATE, GARBAGE_BYTES, SWAP_FIELDS -> { }
        }
        if (mutation.ordinal() >= Mutation.NAN.ordinal() && mutation.ordinal() <= Mutation.UNORDERED_PERCENTILES.ordinal()) {
            brokenLine[0] = target + 1;
        }
        if (mutation == Mutation.SWAP_FIELDS) {
            lines.set(target, swapped(lines.get(target), file.csv(), random));
        }
        byte[] bytes = (String.join(eol, lines) + eol).getBytes(StandardCharsets.UTF_8);
        if (mutation == Mutation.TRUNCATE) {
            return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        }
        if (mutation == Mutation.GARBAGE_BYTES) {
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        }
        return bytes;
    }

    private static String numericKey(Generated file, Random random) {
        List<String> keys = file.kind() == ImportKind.SHADOW_COMPARISONS
                ? List.of("primary_latency", "shadow_latency") : METRIC_KEYS;
        return keys.get(random.nextInt(keys.size()));
    }

    /** Replaces the value of {@code key} on line {@code index}, in the file's own form. */
    private static void replaceValue(Generated file, List<String> lines, int index, String key, String value) {
        Map<String, String> row = file.rows().get(index - (file.csv() ? 1 : 0));
        if (file.csv()) {
            List<String> keys = new ArrayList<>(row.keySet());
            List<String> cells = new ArrayList<>(Arrays.asList(lines.get(index).split(",", -1)));
            cells.set(keys.indexOf(key), value);
            lines.set(index, String.join(",", cells));
        } else {
            String member = jsonMember(key, row.get(key));
            String replacement = key.equals("custom_metrics.conversion") ? member : "\"" + key + "\": " + value;
            lines.set(index, lines.get(index).replace(member, replacement));
        }
    }

    private static String dropCell(String line, int column) {
        List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
        cells.remove(column);
        return String.join(",", cells);
    }

    private static String swapped(String line, boolean csv, Random random) {
        String separator = csv ? "," : ", ";
        String body = csv ? line : line.substring(1, line.length() - 1);
        List<String> parts = new ArrayList<>(Arrays.asList(body.split(separator, -1)));
        Collections.swap(parts, random.nextInt(parts.size()), random.nextInt(parts.size()));
        if (!csv) {
            // swap values between two members, keeping the keys in place
            List<String> keys = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (String part : body.split(separator, -1)) {
                int colon = part.indexOf(": ");
                keys.add(part.substring(0, colon));
                values.add(part.substring(colon + 2));
            }
            Collections.swap(values, random.nextInt(values.size()), random.nextInt(values.size()));
            List<String> members = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                members.add(keys.get(i) + ": " + values.get(i));
            }
            return "{" + String.join(separator, members) + "}";
        }
        return String.join(separator, parts);
    }

    // ---- the expected rows ------------------------------------------------------------------------

    private static List<List<Object>> canonical(Generated file) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, String> row : file.rows()) {
            rows.add(expectedRow(file.kind(), row::get));
        }
        return rows;
    }

    /** Reads the file plainly: LF lines (CR before LF dropped), blank lines skipped, CSV split on commas. */
    private static List<List<Object>> oracle(ImportKind kind, String text) throws Exception {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        lines.replaceAll(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        lines.removeIf(String::isBlank);
        List<List<Object>> rows = new ArrayList<>();
        if (lines.get(0).strip().startsWith("{")) {
            for (String line : lines) {
                JsonNode node = JsonFiles.MAPPER.readTree(line);
                rows.add(expectedRow(kind, key -> {
                    if (key.equals("custom_metrics.conversion")) {
                        JsonNode custom = node.get("custom_metrics");
                        return custom == null || custom.get("conversion") == null ? null : custom.get("conversion").asText();
                    }
                    return node.get(key) == null ? null : node.get(key).asText();
                }));
            }
            return rows;
        }
        assertThat(String.join("\n", lines)).as("the oracle reads no quoted CSV").doesNotContain("\"");
        List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(String::strip).toList();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
            rows.add(expectedRow(kind, key -> {
                int at = header.indexOf(key);
                return at < 0 || cells.get(at).isEmpty() ? null : cells.get(at);
            }));
        }
        return rows;
    }

    private static List<Object> expectedRow(ImportKind kind, java.util.function.Function<String, String> value) {
        Instant at = instant(value.apply("timestamp"));
        if (kind == ImportKind.SHADOW_COMPARISONS) {
            return List.of(at, Double.parseDouble(value.apply("primary_latency")),
                    Double.parseDouble(value.apply("shadow_latency")), Boolean.parseBoolean(value.apply("agreement")));
        }
        List<Object> row = new ArrayList<>();
        row.add(at);
        for (String key : METRIC_KEYS) {
            String text = value.apply(key);
            row.add(text == null ? 0.0 : Double.parseDouble(text));
        }
        String conversion = value.apply("custom_metrics.conversion");
        row.add(conversion == null ? Map.of() : new TreeMap<>(Map.of("conversion", Double.parseDouble(conversion))));
        if (kind == ImportKind.HEALTH_CHECKS) {
            row.add(value.apply("status").toLowerCase(java.util.Locale.ROOT));
            String message = value.apply("message");
            row.add(message == null ? "" : message);
        }
        return row;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return NOW;
        }
        try {
            return Instant.parse(text.strip()).truncatedTo(ChronoUnit.MICROS);
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        }
    }
}
