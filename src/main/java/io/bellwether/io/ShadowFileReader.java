package io.bellwether.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Streams shadow comparisons from CSV (header {@code primary_latency,shadow_latency,agreement},
 * columns in any order, extra columns ignored) or JSON Lines (one object per line with those keys,
 * other keys ignored). The format is recognised from the first non-blank line. Blank lines are
 * skipped. Nothing is kept per row: each row goes to a {@link RowConsumer}, so files of millions
 * of lines read in constant memory. Latencies must be finite and non-negative, agreement
 * {@code true} or {@code false}.
 */
public final class ShadowFileReader {
    public static final String PRIMARY_LATENCY = "primary_latency";
    public static final String SHADOW_LATENCY = "shadow_latency";
    public static final String AGREEMENT = "agreement";
    public static final List<String> COLUMNS = List.of(PRIMARY_LATENCY, SHADOW_LATENCY, AGREEMENT);

    private static final long PROGRESS_STEP_BYTES = 1 << 20;
    /** NaN and Infinity parse as numbers so that they are refused by field name, as in the CSV form. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /** Receives one comparison; latencies in seconds. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(double primaryLatency, double shadowLatency, boolean agreement);
    }

    /** Told how many bytes were read so far (roughly every MiB and at the end); total is -1 when unknown. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = (bytesRead, totalBytes) -> { };

        void progress(long bytesRead, long totalBytes);
    }

    private ShadowFileReader() {
    }

    /** @return the number of rows read */
    public static long read(Path file, RowConsumer rows) throws IOException {
        return read(file, rows, ProgressListener.NONE);
    }

    /** @return the number of rows read */
    public static long read(Path file, RowConsumer rows, ProgressListener progress) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Files.size(file), rows, progress);
        }
    }

    /** Reads UTF-8 text from {@code in} (not closed); {@code totalBytes} is -1 when unknown. */
    public static long read(InputStream in, long totalBytes, RowConsumer rows, ProgressListener progress)
            throws IOException {
        CountingStream counted = new CountingStream(in, totalBytes, progress);
        BufferedReader lines = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16);
        long lineNumber = 0;
        String line;
        do {
            line = lines.readLine();
            lineNumber++;
        } while (line != null && stripBom(line, lineNumber).isBlank());
        long count = 0;
        if (line != null) {
            String first = stripBom(line, lineNumber).trim();
            count = first.startsWith("{")
                    ? readJsonLines(first, lineNumber, lines, rows)
                    : readCsv(first, lineNumber, lines, rows);
        }
        counted.reportEnd();
        return count;
    }

    private static long readCsv(String header, long headerLine, BufferedReader lines, RowConsumer rows)
            throws IOException {
        List<String> names = Arrays.stream(header.split(",", -1)).map(ShadowFileReader::unquote).toList();
        int primaryAt = names.indexOf(PRIMARY_LATENCY);
        int shadowAt = names.indexOf(SHADOW_LATENCY);
        int agreementAt = names.indexOf(AGREEMENT);
        if (primaryAt < 0 || shadowAt < 0 || agreementAt < 0) {
            throw new ShadowFileFormatException(headerLine, null,
                    "expected a CSV header with " + String.join(",", COLUMNS) + " or a JSON object (got \""
                    + abbreviate(header) + "\")");
        }
        int width = names.size();
        String[] cells = new String[width];
        long lineNumber = headerLine;
        long count = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int found = split(line, cells);
            if (found != width) {
                throw new ShadowFileFormatException(lineNumber, null,
                        "expected " + width + " comma-separated values, got " + found);
            }
            rows.accept(latency(lineNumber, PRIMARY_LATENCY, cells[primaryAt]),
                    latency(lineNumber, SHADOW_LATENCY, cells[shadowAt]),
                    agreement(lineNumber, cells[agreementAt]));
            count++;
        }
        return count;
    }

    /** Splits on commas into {@code cells}; returns how many values the line has. */
    private static int split(String line, String[] cells) {
        int found = 0;
        int start = 0;
        while (true) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? line.length() : comma;
            if (found < cells.length) {
                cells[found] = unquote(line.substring(start, end));
            }
            found++;
            if (comma < 0) {
                return found;
            }
            start = comma + 1;
        }
    }

    private static double latency(long lineNumber, String field, String text) throws ShadowFileFormatException {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ShadowFileFormatException(lineNumber, field, field + " is not a number (got \"" + abbreviate(text) + "\")");
        }
        return checked(lineNumber, field, value);
    }

    private static double checked(long lineNumber, String field, double value) throws ShadowFileFormatException {
        try {
            return Checks.nonNegative(field, value);
        } catch (InvalidInputException e) {
            throw new ShadowFileFormatException(lineNumber, field, e.getMessage());
        }
    }

    private static boolean agreement(long lineNumber, String text) throws ShadowFileFormatException {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ShadowFileFormatException(lineNumber, AGREEMENT,
                AGREEMENT + " must be true or false (got \"" + abbreviate(text) + "\")");
    }

    private static long readJsonLines(String first, long firstLine, BufferedReader lines, RowConsumer rows)
            throws IOException {
        JsonRow row = new JsonRow();
        row.parse(first, firstLine);
        rows.accept(row.primary, row.shadow, row.agreement);
        long count = 1;
        long lineNumber = firstLine;
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            row.parse(line, lineNumber);
            rows.accept(row.primary, row.shadow, row.agreement);
            count++;
        }
        return count;
    }

    /** The three values of one JSON line, reused from line to line. */
    private static final class JsonRow {
        double primary;
        double shadow;
        boolean agreement;

        void parse(String line, long lineNumber) throws ShadowFileFormatException {
            boolean seenPrimary = false;
            boolean seenShadow = false;
            boolean seenAgreement = false;
            try (JsonParser parser = JSON.createParser(line)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new ShadowFileFormatException(lineNumber, null, "expected a JSON object");
                }
                JsonToken token;
                while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonToken value = parser.nextToken();
                    switch (key) {
                        case PRIMARY_LATENCY -> {
                            primary = jsonLatency(parser, value, lineNumber, key);
                            seenPrimary = true;
                        }
                        case SHADOW_LATENCY -> {
                            shadow = jsonLatency(parser, value, lineNumber, key);
                            seenShadow = true;
                        }
                        case AGREEMENT -> {
                            if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                                throw new ShadowFileFormatException(lineNumber, key,
                                        key + " must be true or false (got " + shown(parser, value) + ")");
                            }
                            agreement = value == JsonToken.VALUE_TRUE;
                            seenAgreement = true;
                        }
                        default -> parser.skipChildren();
                    }
                }
                if (token != JsonToken.END_OBJECT) {
                    throw new ShadowFileFormatException(lineNumber, null, "expected a JSON object");
                }
                if (parser.nextToken() != null) {
                    throw new ShadowFileFormatException(lineNumber, null, "expected one JSON object per line");
                }
            } catch (ShadowFileFormatException e) {
                throw e;
            } catch (IOException e) {
                throw new ShadowFileFormatException(lineNumber, null,
                        "not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
            String missing = !seenPrimary ? PRIMARY_LATENCY : !seenShadow ? SHADOW_LATENCY : !seenAgreement ? AGREEMENT : null;
            if (missing != null) {
                throw new ShadowFileFormatException(lineNumber, missing, missing + " is missing");
            }
        }

        private static double jsonLatency(JsonParser parser, JsonToken value, long lineNumber, String key)
                throws IOException {
            if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
                throw new ShadowFileFormatException(lineNumber, key,
                        key + " is not a number (got " + shown(parser, value) + ")");
            }
            return checked(lineNumber, key, parser.getDoubleValue());
        }
    }

    private static String shown(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            return value == JsonToken.START_OBJECT ? "an object" : "an array";
        }
        String text = abbreviate(parser.getText());
        return value == JsonToken.VALUE_STRING ? "\"" + text + "\"" : text;
    }

    private static String unquote(String cell) {
        String trimmed = cell.trim();
        if (trimmed.length() >= 2 && trimmed.charAt(0) == '"' && trimmed.charAt(trimmed.length() - 1) == '"') {
            return trimmed.substring(1, trimmed.length() - 1).trim();
        }
        return trimmed;
    }

    private static String stripBom(String line, long lineNumber) {
        return lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** Counts the bytes the reader pulls and reports them about once per MiB. */
    private static final class CountingStream extends FilterInputStream {
        private final long totalBytes;
        private final ProgressListener progress;
        private long bytesRead;
        private long lastReported;

        CountingStream(InputStream in, long totalBytes, ProgressListener progress) {
            super(in);
            this.totalBytes = totalBytes;
            this.progress = progress == null ? ProgressListener.NONE : progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(int n) {
            bytesRead += n;
            if (bytesRead - lastReported >= PROGRESS_STEP_BYTES) {
                lastReported = bytesRead;
                progress.progress(bytesRead, totalBytes);
            }
        }

        void reportEnd() {
            progress.progress(bytesRead, totalBytes);
        }
    }
}
