package io.bellwether.cli.workspace;

import io.bellwether.cli.WorkspaceCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized, malformed and out-of-range input on the command line: each is refused with exit 2 and one
 * line naming the field (an import: its summary and the line), no stack trace, and no row of the workspace changes.
 */
class BadInputTest {
    static final String LONG_NAME = "m".repeat(201);
    static final String LONG_TEXT = "r".repeat(4_001);
    static final String TABLES = "SELECT (SELECT COUNT(*) FROM deployments), (SELECT COUNT(*) FROM health_checks),"
            + " (SELECT COUNT(*) FROM shadow_deployments), (SELECT COALESCE(SUM(row_count), 0) FROM shadow_segments),"
            + " (SELECT COUNT(*) FROM shadow_tail),"
            + " (SELECT COUNT(*) FROM model_versions), (SELECT COUNT(*) FROM audit_events),"
            + " (SELECT MAX(rollback_reason) FROM deployments), (SELECT MAX(current_metrics) FROM deployments)";

    @TempDir
    Path dir;

    record Case(String field, String... args) {
    }

    @Test
    void everyBadInputIsRefusedNamingItsFieldAndChangesNothing() throws Exception {
        WorkspaceCli cli = new WorkspaceCli(dir);
        String id = cli.run("deployments", "create", "--model", "fraud", "--model-version", "2", "--strategy",
                "canary").out().strip();
        cli.run("deployments", "start", id);
        String shadow = cli.run("shadow", "create", "--primary", "fraud:1", "--shadow", "fraud:2").out()
                .replaceAll("(?s).*\"shadow_id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        Path farFuture = Files.writeString(dir.resolve("future.csv"),
                "timestamp,primary_latency,shadow_latency,agreement\n+10000-01-01T00:00:00Z,0.1,0.1,true\n");
        Path slow = Files.writeString(dir.resolve("slow.csv"),
                "timestamp,primary_latency,shadow_latency,agreement\n2026-01-01T00:00:00Z,1e308,0.1,true\n");
        Path drill = Files.writeString(dir.resolve("drill.json"), new String(
                BadInputTest.class.getResourceAsStream("/drills/latency-creep.json").readAllBytes())
                .replace("\"requests_per_second\": 1000.0,", "\"requests_per_second\": 1e300,"));
        String bigMetadata = "v".repeat(3_900);
        List<String> many = new ArrayList<>(List.of("deployments", "create", "--model", "m", "--model-version", "v",
                "--strategy", "direct"));
        for (int i = 0; i < 20; i++) {
            many.addAll(List.of("--meta", "k" + i + "=" + bigMetadata));
        }
        List<Case> cases = List.of(
                create("environment", "--environment", ""),
                create("model_name", "--model", "m".repeat(10 * 1024 * 1024)),
                create("model_name", "--model", LONG_NAME),
                create("model_name", "--model", "fr\u0000aud"),
                create("model_version", "--model-version", "v\n2"),
                create("created_by", "--created-by", LONG_NAME),
                create("environment", "--environment", LONG_NAME),
                create("metadata.note", "--meta", "note=" + LONG_TEXT),
                create("metadata key", "--meta", "=5"),
                create("initial_traffic", "--strategy", "canary", "--meta", "initial_traffic=-5"),
                create("increment", "--strategy", "canary", "--meta", "increment=1e308"),
                new Case("metadata", many.toArray(String[]::new)),
                new Case("primary_model", "shadow", "create", "--primary", "fraud", "--shadow", "fraud:3"),
                new Case("shadow_model", "shadow", "create", "--primary", "fraud:1", "--shadow", "fraud:1"),
                new Case("shadow_model", "shadow", "create", "--primary", "fraud:1", "--shadow", "fraud:" + LONG_NAME),
                new Case("latency_p50", "health", "add", id, "--status", "healthy", "--p50", "1e308",
                        "--update-metrics"),
                new Case("latency_p99", "health", "add", id, "--status", "healthy", "--p99", "3601"),
                new Case("message", "health", "add", id, "--status", "healthy", "--message", LONG_TEXT),
                new Case("reason", "deployments", "rollback", id, "--reason", LONG_TEXT),
                new Case("timestamp", "import", "shadow-comparisons", farFuture.toString(), "--into", shadow),
                new Case("primary_latency", "shadow", "record", shadow, "--from", slow.toString()),
                new Case("name", "models", "register", LONG_NAME, "v1", "--path", "p", "--framework", "f", "--by", "b"),
                new Case("requests_per_second", "drill", "run", drill.toString()));
        String before = cli.rows(TABLES);

        List<String> wrong = new ArrayList<>();
        int stackTraces = 0;
        int changed = 0;
        for (Case c : cases) {
            WorkspaceCli.Run run = cli.run(c.args());
            String shown = run.out().length() > 300 ? run.out().substring(0, 300) + "..." : run.out();
            if (run.out().contains("\tat ") || run.out().contains("Exception")) {
                stackTraces++;
            }
            if (!cli.rows(TABLES).equals(before)) {
                changed++;
                before = cli.rows(TABLES);
            }
            if (run.exitCode() != 2 || !run.out().contains(c.field()) || run.out().strip().lines().count() > 2
                    || run.out().length() > 1_000) {
                wrong.add(c.field() + " -> exit " + run.exitCode() + ": " + shown);
            }
        }
        System.out.printf("bad input: tried %d, refused clearly %d, accepted or unclear %d, stack traces %d,"
                + " data changed %d%n", cases.size(), cases.size() - wrong.size(), wrong.size(), stackTraces, changed);
        assertThat(wrong).isEmpty();
        assertThat(stackTraces).isZero();
        assertThat(changed).isZero();
    }

    private static Case create(String field, String... options) {
        List<String> args = new ArrayList<>(List.of("deployments", "create", "--model", "fraud", "--model-version",
                "2", "--strategy", "direct"));
        for (int i = 0; i < options.length; i += 2) {
            int at = args.indexOf(options[i]);
            if (at >= 0) {
                args.set(at + 1, options[i + 1]);
            } else {
                args.addAll(List.of(options[i], options[i + 1]));
            }
        }
        return new Case(field, args.toArray(String[]::new));
    }
}
