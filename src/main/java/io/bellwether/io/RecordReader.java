package io.bellwether.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * The one reader of record files (metrics, health checks, shadow comparisons): CSV with a header
 * (jackson-dataformat-csv) or JSON Lines (Jackson's streaming parser), recognised from the first
 * non-blank line, streamed one line at a time. Every record becomes one JSON object checked by the
 * same rules in both formats ({@link RecordValues}), so the field readers downstream see no
 * difference. Blank lines are skipped; line numbers count them and the header.
 */
public final class RecordReader {
    /** Receives each record with its line number; throws IllegalArgumentException to refuse it. */
    @FunctionalInterface
    public interface RecordConsumer {
        void accept(long lineNumber, ObjectNode record);
    }

    /** Told of each refused line; may collect it and let reading go on, or throw to stop. */
    @FunctionalInterface
    public interface ProblemSink {
        void add(LineProblem problem) throws RecordFormatException;
    }

    private final Set<String> textColumns;
    private final List<String> requiredColumns;

    /**
     * @param textColumns CSV columns kept as text whatever they hold (in JSON a string is a string)
     * @param requiredColumns columns a CSV header must name, else the file is refused at line 1
     */
    public RecordReader(Set<String> textColumns, List<String> requiredColumns) {
        this.textColumns = Set.copyOf(textColumns);
        this.requiredColumns = List.copyOf(requiredColumns);
    }

    /**
     * Reads UTF-8 text from {@code in} (not closed); {@code totalBytes} is -1 when unknown. A bad
     * line goes to {@code problems}; a bad header or a byte that is not UTF-8 refuses the file.
     */
    public void read(InputStream in, long totalBytes, RecordConsumer records, ProblemSink problems,
                     ProgressListener progress) throws IOException {
        Utf8Lines lines = new Utf8Lines(in, totalBytes, progress);
        CsvRecords csv = null;
        boolean json = false;
        String line;
        while ((line = lines.next()) != null) {
            long number = lines.number();
            if (blank(line)) {
                continue;
            }
            if (csv == null && !json) {
                json = line.strip().startsWith("{");
                if (!json) {
                    csv = CsvRecords.header(number, line, textColumns, requiredColumns);
                    continue;
                }
            }
            try {
                records.accept(number, json ? JsonRecords.record(line) : csv.record(line));
            } catch (IllegalArgumentException e) {
                problems.add(LineProblem.of(number, e));
            }
        }
    }

    private static boolean blank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
