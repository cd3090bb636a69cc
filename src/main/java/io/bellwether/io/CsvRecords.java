package io.bellwether.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CSV records after their header, each line read by jackson-dataformat-csv (RFC 4180 quotes:
 * {@code "0,1"} is one cell, {@code ""} a quote; spaces around cells are dropped). An empty cell is an
 * absent key, a column {@code custom_metrics.NAME} goes into the {@code custom_metrics} object, the
 * given text columns stay text and other cells are typed by {@link RecordValues#typed}.
 */
final class CsvRecords {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();
    private static final String CUSTOM_PREFIX = PerformanceMetricsJson.CUSTOM_METRICS + ".";

    private final List<String> header;
    private final Set<String> textColumns;

    private CsvRecords(List<String> header, Set<String> textColumns) {
        this.header = header;
        this.textColumns = textColumns;
    }

    /** Reads the header; a bad one refuses the file. {@code required} columns must all be named. */
    static CsvRecords header(long lineNumber, String line, Set<String> textColumns, List<String> required)
            throws RecordFormatException {
        List<String> names = new ArrayList<>();
        try {
            cells(line, "the CSV header", names, new ArrayList<>());
            Set<String> seen = new HashSet<>();
            for (String name : names) {
                if (name.isEmpty()) {
                    throw new RecordProblem(null, "the CSV header has an empty column name");
                }
                if (!seen.add(name)) {
                    throw RecordValues.twice("the CSV header", name);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new RecordFormatException(LineProblem.of(lineNumber, e));
        }
        if (!names.containsAll(required)) {
            throw new RecordFormatException(lineNumber, null, "expected a CSV header with " + String.join(",", required)
                    + " or a JSON object (got " + JsonFields.shown(JsonNodeFactory.instance.textNode(line)) + ")");
        }
        return new CsvRecords(List.copyOf(names), Set.copyOf(textColumns));
    }

    ObjectNode record(String line) {
        List<String> cells = new ArrayList<>(header.size());
        int control = RecordValues.controlAt(line);
        if (control >= 0 || !splitPlain(line, cells)) {
            List<Integer> columns = new ArrayList<>();
            cells(line, "the line", cells, columns);
            if (control >= 0) {
                int cell = 0;
                while (cell + 1 < Math.min(columns.size(), header.size()) && columns.get(cell + 1) <= control + 1) {
                    cell++;
                }
                throw RecordValues.controlCharacter(header.get(cell), line.charAt(control));
            }
        }
        if (cells.size() != header.size()) {
            throw new RecordProblem(null, "expected " + header.size() + " comma-separated values, got " + cells.size());
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < cells.size(); i++) {
            String name = header.get(i);
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            if (name.startsWith(CUSTOM_PREFIX)) {
                custom(record).set(name.substring(CUSTOM_PREFIX.length()), RecordValues.typed(name, cell));
            } else {
                record.set(name, textColumns.contains(name) ? RecordValues.text(name, cell) : RecordValues.typed(name, cell));
            }
        }
        return record;
    }

    private static ObjectNode custom(ObjectNode record) {
        String key = PerformanceMetricsJson.CUSTOM_METRICS;
        if (record.has(key) && !record.get(key).isObject()) {
            throw RecordValues.twice("the CSV header", key);
        }
        return record.has(key) ? (ObjectNode) record.get(key) : record.putObject(key);
    }

    /**
     * Splits a line without quotes or control characters as the CSV parser does (at every comma, spaces
     * around each cell dropped), without a parser per line; returns false, adding nothing, for any other
     * line (quotes, or blank), which the parser reads.
     */
    static boolean splitPlain(String line, List<String> cells) {
        if (line.isBlank() || line.indexOf('"') >= 0) {
            return false;
        }
        int start = 0;
        while (true) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? line.length() : comma;
            while (start < end && line.charAt(start) == ' ') {
                start++;
            }
            while (end > start && line.charAt(end - 1) == ' ') {
                end--;
            }
            cells.add(line.substring(start, end));
            if (comma < 0) {
                return true;
            }
            start = comma + 1;
        }
    }

    /**
     * Splits one line into cells and their 1-based start columns (a lone CR would start another row:
     * only the first counts, the CR is refused as a control character); the header refuses control
     * characters at once.
     */
    static void cells(String line, String what, List<String> cells, List<Integer> columns) {
        if (what.startsWith("the CSV header") && RecordValues.controlAt(line) >= 0) {
            throw new RecordProblem(null, what + " holds a control character");
        }
        try (JsonParser parser = CSV.getFactory().createParser(line)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
                if (token == JsonToken.VALUE_STRING) {
                    cells.add(parser.getText());
                    columns.add(parser.currentTokenLocation().getColumnNr());
                }
            }
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage();
            throw new RecordProblem(null, what + (problem.startsWith("Missing closing quote") ? " has an unterminated quote"
                    : problem.contains("Expected column separator") ? " has text after a closing quote"
                    : " is not valid CSV"));
        } catch (IOException e) {
            throw new RecordProblem(null, what + " is not valid CSV");
        }
    }
}
