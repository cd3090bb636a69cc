package io.bellwether.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a CSV file (a header, then one record per line; RFC 4180 quotes within a line) or a JSON
 * Lines file (one object per line) as one JSON object per record, so that both forms are checked
 * by the same field readers. The form is recognised from the first non-blank line. In CSV, an empty
 * cell is an absent key, a column named {@code custom_metrics.NAME} goes into the
 * {@code custom_metrics} object, the given text columns stay text, {@code true}/{@code false} become
 * booleans and numbers (including NaN and Infinity, refused later by field name) become numbers.
 * Input must be UTF-8; a malformed byte sequence is refused with its line.
 */
public final class RecordFileReader {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?(NaN|Infinity)");
    private static final String CUSTOM_PREFIX = PerformanceMetricsJson.CUSTOM_METRICS + ".";

    /** Receives each record with its line number; throws to refuse the record. */
    @FunctionalInterface
    public interface RecordConsumer {
        void accept(long lineNumber, ObjectNode record);
    }

    private final Set<String> textColumns;

    public RecordFileReader(Set<String> textColumns) {
        this.textColumns = Set.copyOf(textColumns);
    }

    /**
     * Reads every record; a line that cannot be read (or that {@code records} refuses with an
     * IllegalArgumentException) becomes a problem and reading goes on. A header that cannot be
     * read refuses the file at once.
     */
    public void read(InputStream in, long totalBytes, RecordConsumer records, Problems problems,
                     ShadowFileReader.ProgressListener progress) throws IOException, ImportRefusedException {
        Utf8Lines lines = new Utf8Lines(in);
        long lineNumber = 0;
        long reported = 0;
        List<String> header = null;
        boolean json = false;
        while (true) {
            String line;
            try {
                line = lines.next();
            } catch (CharacterCodingException e) {
                throw ImportRefusedException.of(lineNumber + 1, null, "not UTF-8 text");
            }
            if (line == null) {
                break;
            }
            lineNumber++;
            if (lines.bytesRead - reported >= 1 << 20) {
                reported = lines.bytesRead;
                progress.progress(reported, totalBytes);
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (header == null && !json) {
                if (line.trim().startsWith("{")) {
                    json = true;
                } else {
                    header = header(line, lineNumber);
                    continue;
                }
            }
            try {
                records.accept(lineNumber, json ? jsonRecord(line) : csvRecord(header, line));
            } catch (IllegalArgumentException e) {
                problems.add(lineNumber, e);
            }
        }
        progress.progress(lines.bytesRead, totalBytes);
    }

    private static List<String> header(String line, long lineNumber) throws ImportRefusedException {
        List<String> names;
        try {
            names = cells(line);
        } catch (IllegalArgumentException e) {
            throw ImportRefusedException.of(lineNumber, null, "the CSV header " + e.getMessage());
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.isEmpty()) {
                throw ImportRefusedException.of(lineNumber, null, "the CSV header has an empty column name");
            }
            if (!seen.add(name)) {
                throw ImportRefusedException.of(lineNumber, name, "the CSV header names " + name + " twice");
            }
        }
        return names;
    }

    private static ObjectNode jsonRecord(String line) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected one JSON object per line");
        }
        return (ObjectNode) node;
    }

    private ObjectNode csvRecord(List<String> header, String line) {
        List<String> cells = cells(line);
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " comma-separated values, got " + cells.size());
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < cells.size(); i++) {
            String name = header.get(i);
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            if (name.startsWith(CUSTOM_PREFIX)) {
                ObjectNode custom = record.has(PerformanceMetricsJson.CUSTOM_METRICS)
                        ? (ObjectNode) record.get(PerformanceMetricsJson.CUSTOM_METRICS)
                        : record.putObject(PerformanceMetricsJson.CUSTOM_METRICS);
                custom.set(name.substring(CUSTOM_PREFIX.length()), typed(cell));
            } else {
                record.set(name, textColumns.contains(name) ? JsonNodeFactory.instance.textNode(cell) : typed(cell));
            }
        }
        return record;
    }

    private static JsonNode typed(String cell) {
        if (NUMBER.matcher(cell).matches()) {
            return JsonNodeFactory.instance.numberNode(Double.parseDouble(cell));
        }
        if (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
            return JsonNodeFactory.instance.booleanNode(cell.equalsIgnoreCase("true"));
        }
        return JsonNodeFactory.instance.textNode(cell);
    }

    /** Splits one CSV line; quoted cells may hold commas and doubled quotes. Cells are trimmed. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (true) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException("has an unterminated quote");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("has text after a closing quote");
                }
                cells.add(cell.toString());
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? line.length() : comma;
                cells.add(line.substring(i, end).strip());
                i = end;
            }
            cell.setLength(0);
            if (i >= line.length()) {
                return cells;
            }
            i++;
        }
    }

    /** Lines of UTF-8 text ending in LF or CRLF, each decoded on its own so a bad byte is placed on its line. */
    private static final class Utf8Lines {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private byte[] line = new byte[256];
        long bytesRead;

        Utf8Lines(InputStream in) {
            this.in = in;
        }

        /** The next line without its terminator, or null at the end. */
        String next() throws IOException {
            int length = 0;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return any ? decode(length) : null;
                    }
                }
                byte b = buffer[position++];
                bytesRead++;
                any = true;
                if (b == '\n') {
                    return decode(length > 0 && line[length - 1] == '\r' ? length - 1 : length);
                }
                if (length == line.length) {
                    line = java.util.Arrays.copyOf(line, length * 2);
                }
                line[length++] = b;
            }
        }

        private String decode(int length) throws CharacterCodingException {
            return decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
        }
    }

    /** Collects refused lines, keeping the first {@value #LIMIT}. */
    public static final class Problems {
        static final int LIMIT = 100;
        private final List<LineProblem> listed = new ArrayList<>();
        private long more;

        public void add(long line, IllegalArgumentException e) {
            String field = e instanceof io.bellwether.domain.InvalidInputException invalid ? invalid.field() : null;
            if (listed.size() < LIMIT) {
                listed.add(new LineProblem(line, field, e.getMessage()));
            } else {
                more++;
            }
        }

        public boolean isEmpty() {
            return listed.isEmpty();
        }

        public ImportRefusedException refusal() {
            return new ImportRefusedException(listed, more);
        }
    }
}
