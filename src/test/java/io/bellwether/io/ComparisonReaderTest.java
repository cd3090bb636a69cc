package io.bellwether.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComparisonReaderTest {
    record Row(double primary, double shadow, boolean agreement) {
    }

    static List<Row> readAll(String text) throws IOException {
        List<Row> rows = new ArrayList<>();
        long count = ComparisonReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), -1,
                (p, s, a) -> rows.add(new Row(p, s, a)), ProgressListener.NONE);
        assertThat(count).isEqualTo(rows.size());
        return rows;
    }

    static RecordFormatException failure(String text) {
        return (RecordFormatException) org.assertj.core.api.Assertions.catchThrowable(() -> readAll(text));
    }

    @Test
    void readsCsv() throws IOException {
        assertThat(readAll("primary_latency,shadow_latency,agreement\n0.1,0.2,true\n0.3,0.25,false\n"))
                .containsExactly(new Row(0.1, 0.2, true), new Row(0.3, 0.25, false));
    }

    @Test
    void csvColumnsMayComeInAnyOrderWithExtrasQuotesBlankLinesAndBom() throws IOException {
        String text = "\uFEFF\"agreement\",request_id,shadow_latency,primary_latency\r\n\r\ntrue,a1, 0.2 ,0.1\r\n\n";
        assertThat(readAll(text)).containsExactly(new Row(0.1, 0.2, true));
    }

    @Test
    void readsJsonLinesIgnoringOtherKeys() throws IOException {
        String text = "{\"primary_latency\": 0.1, \"shadow_latency\": 2, \"agreement\": true,"
                + " \"primary_result\": {\"label\": [1, 2]}}\n\n{\"agreement\":false,\"shadow_latency\":0.5,\"primary_latency\":0.4}\n";
        assertThat(readAll(text)).containsExactly(new Row(0.1, 2.0, true), new Row(0.4, 0.5, false));
    }

    @Test
    void anEmptyFileHasNoRows() throws IOException {
        assertThat(readAll("")).isEmpty();
        assertThat(readAll("\n  \n")).isEmpty();
        assertThat(readAll("primary_latency,shadow_latency,agreement\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not a number | 0.1,abc,true | 3 | shadow_latency | shadow_latency is not a number (got \"abc\")",
            "negative | -0.1,0.2,true | 3 | primary_latency | primary_latency must not be negative (got -0.1)",
            "NaN | 0.1,NaN,true | 3 | shadow_latency | shadow_latency must be a finite number (got NaN)",
            "bad agreement | 0.1,0.2,yes | 3 | agreement | agreement must be true or false (got \"yes\")",
            "too few values | 0.1,0.2 | 3 | | expected 3 comma-separated values, got 2",
    })
    void aMalformedCsvLineIsReportedWithItsNumberAndField(String name, String badLine, long line, String field,
                                                          String problem) {
        RecordFormatException e = failure("primary_latency,shadow_latency,agreement\n0.1,0.1,true\n" + badLine + "\n0.2,0.2,true\n");
        assertThat(e.lineNumber()).isEqualTo(line);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).isEqualTo("line " + line + ": " + problem);
    }

    @Test
    void aWrongHeaderIsRefused() {
        RecordFormatException e = failure("primary,shadow,agree\n0.1,0.2,true\n");
        assertThat(e.lineNumber()).isEqualTo(1);
        assertThat(e.getMessage()).contains("primary_latency,shadow_latency,agreement").contains("primary,shadow,agree");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "string latency | {\"primary_latency\": \"0.1\", \"shadow_latency\": 0.2, \"agreement\": true} | primary_latency | primary_latency is not a number (got \"0.1\")",
            "missing key | {\"primary_latency\": 0.1, \"agreement\": true} | shadow_latency | shadow_latency is required (got nothing)",
            "string agreement | {\"primary_latency\": 0.1, \"shadow_latency\": 0.2, \"agreement\": \"true\"} | agreement | agreement must be true or false (got \"true\")",
            "negative | {\"primary_latency\": 0.1, \"shadow_latency\": -2, \"agreement\": true} | shadow_latency | shadow_latency must not be negative (got -2.0)",
            "NaN | {\"primary_latency\": NaN, \"shadow_latency\": 0.2, \"agreement\": true} | primary_latency | primary_latency must be a finite number (got NaN)",
            "array | [0.1, 0.2, true] | | expected one JSON object per line",
            "two objects | {\"primary_latency\": 0.1, \"shadow_latency\": 0.2, \"agreement\": true} {} | | expected one JSON object per line",
    })
    void aMalformedJsonLineIsReportedWithItsNumberAndField(String name, String badLine, String field, String problem) {
        String good = "{\"primary_latency\": 0.1, \"shadow_latency\": 0.2, \"agreement\": true}";
        RecordFormatException e = failure(good + "\n" + good + "\n" + badLine + "\n");
        assertThat(e.lineNumber()).isEqualTo(3);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).isEqualTo("line 3: " + problem);
    }

    @Test
    void brokenJsonIsReportedWithItsLine() {
        RecordFormatException e = failure("{\"primary_latency\": 0.1, \"shadow_latency\": 0.2, \"agreement\": true}\n{\"primary_latency\": 0.1,\n");
        assertThat(e.lineNumber()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("line 2: not valid JSON");
    }

    @Test
    void streamsMillionsOfLinesReportingProgressInBytes() throws IOException {
        int lines = 2_000_000;
        byte[] row = "0.012,0.013,true\n".getBytes(StandardCharsets.US_ASCII);
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream("primary_latency,shadow_latency,agreement\n".getBytes(StandardCharsets.US_ASCII)));
        byte[] block = new byte[row.length * 1000];
        for (int i = 0; i < 1000; i++) {
            System.arraycopy(row, 0, block, i * row.length, row.length);
        }
        for (int i = 0; i < lines / 1000; i++) {
            parts.add(new ByteArrayInputStream(block));
        }
        long totalBytes = 41L + (long) row.length * lines;
        AtomicLong agreeing = new AtomicLong();
        List<Long> reports = new ArrayList<>();
        long count = ComparisonReader.read(new SequenceInputStream(Collections.enumeration(parts)), totalBytes,
                (p, s, a) -> agreeing.addAndGet(a ? 1 : 0), (read, total) -> {
                    assertThat(total).isEqualTo(totalBytes);
                    reports.add(read);
                });
        assertThat(count).isEqualTo(lines);
        assertThat(agreeing.get()).isEqualTo(lines);
        assertThat(reports).hasSizeGreaterThan(10).isSorted();
        assertThat(reports.get(reports.size() - 1)).isEqualTo(totalBytes);
    }

    @Test
    void readsAFileByPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("comparisons.jsonl");
        Files.writeString(file, "{\"primary_latency\": 0.1, \"shadow_latency\": 0.2, \"agreement\": false}\n");
        List<Row> rows = new ArrayList<>();
        assertThat(ComparisonReader.read(file, (p, s, a) -> rows.add(new Row(p, s, a)))).isEqualTo(1);
        assertThat(rows).containsExactly(new Row(0.1, 0.2, false));
    }
}
