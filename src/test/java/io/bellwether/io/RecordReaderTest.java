package io.bellwether.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

/** The reader's rules hold identically for CSV and JSON Lines: each test runs on both formats. */
class RecordReaderTest {
    enum Format { CSV, JSON_LINES }

    /** One value as written in each format (a JSON value token, a CSV cell). */
    record Cell(String csv, String json) {
        static Cell same(String text) {
            return new Cell(text, text);
        }

        static Cell text(String csv, String json) {
            return new Cell(csv, json);
        }

        String in(Format format) {
            return format == Format.CSV ? csv : json;
        }
    }

    /** A file whose first record is good and whose second (always line 3) holds the given values. */
    static String file(Format format, List<String> keys, List<Cell> good, List<Cell> bad) {
        return format == Format.CSV
                ? String.join(",", keys) + "\n" + row(format, keys, good) + "\n" + row(format, keys, bad) + "\n"
                : "\n" + row(format, keys, good) + "\n" + row(format, keys, bad) + "\n";
    }

    static String row(Format format, List<String> keys, List<Cell> cells) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            parts.add(format == Format.CSV ? cells.get(i).csv() : "\"" + keys.get(i) + "\": " + cells.get(i).json());
        }
        return format == Format.CSV ? String.join(",", parts) : "{" + String.join(", ", parts) + "}";
    }

    static final List<String> COMPARISON = ComparisonReader.COLUMNS;
    static final List<Cell> GOOD = List.of(Cell.same("0.1"), Cell.same("0.2"), Cell.same("true"));

    static String comparisons(Format format, String primary, String agreement) {
        return file(format, COMPARISON, GOOD, List.of(Cell.same(primary), Cell.same("0.2"), Cell.same(agreement)));
    }

    static RecordFormatException refused(String text) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ComparisonReader.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), -1, (p, s, a) -> { }, null));
        assertThat(thrown).as(text).isInstanceOf(RecordFormatException.class);
        assertClean(thrown.getMessage());
        return (RecordFormatException) thrown;
    }

    static void assertRefusedAt(String text, String field) {
        RecordFormatException e = refused(text);
        assertThat(e.lineNumber()).as(text).isEqualTo(3);
        assertThat(e.field()).as(text).isEqualTo(field);
        assertThat(e.getMessage()).as(text).startsWith("line 3: ");
    }

    static void assertClean(String message) {
        assertThat(message).doesNotContain("Source:", "REDACTED", "com.fasterxml", "Exception")
                .doesNotContainIgnoringCase("jackson").matches("(?s)line \\d+: .+");
    }

    static long readComparisons(String text) throws IOException {
        return ComparisonReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), -1,
                (p, s, a) -> { }, null);
    }

    /** Records of a file read with a text column {@code message}; problems go to the list. */
    static List<ObjectNode> records(String text, List<LineProblem> problems) throws IOException {
        List<ObjectNode> records = new ArrayList<>();
        try {
            new RecordReader(Set.of("message"), List.of()).read(new ByteArrayInputStream(
                    text.getBytes(StandardCharsets.UTF_8)), -1, (line, record) -> records.add(record), problems::add, null);
        } catch (RecordFormatException e) {
            problems.add(e.problem());
        }
        return records;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aDuplicatedColumnOrKeyIsRefusedWithItsLine(Format format) throws IOException {
        List<String> keys = List.of("primary_latency", "shadow_latency", "agreement", "agreement");
        List<Cell> cells = List.of(Cell.same("0.1"), Cell.same("0.2"), Cell.same("true"), Cell.same("false"));
        RecordFormatException e = refused(file(format, keys, cells, cells));
        assertThat(e.lineNumber()).isEqualTo(format == Format.CSV ? 1 : 2);
        assertThat(e.field()).isEqualTo("agreement");
        assertThat(e.getMessage()).contains("names agreement twice");

        List<LineProblem> problems = new ArrayList<>();
        List<String> custom = format == Format.CSV ? List.of("custom_metrics.a", "custom_metrics.a") : List.of("custom_metrics");
        List<Cell> values = List.of(Cell.text("1", "{\"a\": 1, \"a\": 2}"), Cell.same("2"));
        records(file(format, custom, values.subList(0, custom.size()), values.subList(0, custom.size())), problems);
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).line()).isEqualTo(format == Format.CSV ? 1 : 2);
        assertThat(problems.get(0).field()).isEqualTo("custom_metrics.a");
        assertThat(problems.get(0).reason()).contains("names custom_metrics.a twice");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void agreementIsExactlyTrueOrFalseInBothFormats(Format format) throws IOException {
        assertThat(readComparisons(comparisons(format, "0.3", "false"))).isEqualTo(2);
        for (String agreement : List.of("TRUE", "True", "False", "FALSE", "yes", "1", "null")) {
            assertRefusedAt(comparisons(format, "0.3", agreement), "agreement");
        }
        List<String> upperKeys = List.of("primary_latency", "shadow_latency", "AGREEMENT");
        RecordFormatException e = refused(file(format, upperKeys, GOOD, GOOD));
        // names are case-sensitive in both: the CSV header lacks agreement, the JSON record has none
        assertThat(e.getMessage()).contains(format == Format.CSV ? "expected a CSV header with" : "agreement is required");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void numbersAreInJsonSyntaxOnly(Format format) throws IOException {
        for (String number : List.of("0x1p-3", "1d", "2f", "+1", ".5", "1.", "01", "1e", "0.1.2", "1_000", "١")) {
            assertRefusedAt(comparisons(format, number, "true"), "primary_latency");
        }
        for (String number : List.of("0", "-0", "12", "1e-3", "0.5E+2", "2.5e1")) {
            assertThat(readComparisons(comparisons(format, number, "true"))).as(number).isEqualTo(2);
        }
        assertThat(refused(comparisons(format, "NaN", "true")).getMessage()).contains("primary_latency must be a finite number");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void anOverLongNumberIsRefusedWithItsLineAndField(Format format) {
        String digits = "1".repeat(400);
        assertRefusedAt(comparisons(format, digits, "true"), "primary_latency");
        assertThat(refused(comparisons(format, "0." + digits, "true")).getMessage())
                .contains("primary_latency is a number of 402 characters, more than the 100 allowed")
                .hasSizeLessThan(200);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aNulOrControlCharacterIsRefused(Format format) throws IOException {
        for (String control : List.of("\u0000", "\u0007", "\t", "\r", "\u001b", "\u007f", "\u0085")) {
            if (!control.equals("\r")) { // CR before LF ends the line (CRLF)
                assertRefusedAt(comparisons(format, "0.1" + control, "true"), "primary_latency");
            }
            assertRefusedAt(comparisons(format, "0" + control + ".1", "true"), "primary_latency");
            List<LineProblem> problems = new ArrayList<>();
            String raw = "say" + control + "hi";
            records(file(format, List.of("message", "value"), List.of(Cell.text("ok", "\"ok\""), Cell.same("1")),
                    List.of(Cell.text(raw, "\"" + raw + "\""), Cell.same("1"))), problems);
            assertThat(problems).as(format + " " + (int) control.charAt(0)).singleElement()
                    .satisfies(p -> assertThat(p.line()).isEqualTo(3))
                    .satisfies(p -> assertThat(p.field()).isEqualTo("message"))
                    .satisfies(p -> assertThat(p.reason()).contains("must not hold a control character"));
        }
        List<LineProblem> escaped = new ArrayList<>();
        records("{\"message\": \"say\\u0000hi\"}\n", escaped);
        assertThat(escaped).extracting(LineProblem::field).containsExactly("message");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void quotesFollowRfc4180AndBothFormatsGiveTheSameRecords(Format format) throws IOException {
        List<String> keys = List.of("message", "value", "custom_metrics.x");
        List<Cell> cells = List.of(Cell.text("\"0,1\"", "\"0,1\""), Cell.text(" \"0,1\" ", "\"0,1\""), Cell.same("2"));
        String text = file(format, keys, cells, List.of(Cell.text("\"say \"\"hi\"\"\"", "\"say \\\"hi\\\"\""),
                Cell.same("-1.5e0"), Cell.same("3")));
        if (format == Format.JSON_LINES) {
            text = text.replace("\"custom_metrics.x\": 2", "\"custom_metrics\": {\"x\": 2}")
                    .replace("\"custom_metrics.x\": 3", "\"custom_metrics\": {\"x\": 3}");
        }
        List<LineProblem> problems = new ArrayList<>();
        assertThat(records(text, problems)).hasToString(
                "[{\"message\":\"0,1\",\"value\":\"0,1\",\"custom_metrics\":{\"x\":2}},"
                + " {\"message\":\"say \\\"hi\\\"\",\"value\":-1.5,\"custom_metrics\":{\"x\":3}}]");
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void noMessageShowsLibraryInternals(Format format) throws IOException {
        List<String> broken = format == Format.CSV
                ? List.of("a,b\n1,\"2\n", "a,b\n\"1\"x,2\n", "a,\"b\n", "a,b\n1,2,3\n", "a,a\n", ",b\n")
                : List.of("{\"a\": 1,\n", "{\"a\" 1}\n", "{\"a\": [1, }\n", "{\"a\": 1} x\n", "{\"a\": tru}\n",
                        "{\"a\": \"x\n", "{\"a\": 1}\n[\n", "{\"a\": 1" + "0".repeat(2_000_000) + "}\n");
        for (String text : broken) {
            List<LineProblem> problems = new ArrayList<>();
            records(text, problems);
            assertThat(problems).as(text).isNotEmpty();
            problems.forEach(p -> assertClean(p.toString()));
        }
        byte[] notUtf8 = (comparisons(format, "0.1", "true") + "\u00e9\n").getBytes(StandardCharsets.UTF_8);
        notUtf8[notUtf8.length - 2] = 0x28;
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ComparisonReader.read(
                new ByteArrayInputStream(notUtf8), -1, (p, s, a) -> { }, null))).hasMessage("line 4: not UTF-8 text");
    }
}
