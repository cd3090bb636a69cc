package io.bellwether.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Shadow comparisons from a record file: CSV whose header names {@code primary_latency,
 * shadow_latency,agreement} (any order, other columns ignored) or JSON Lines with those keys.
 * Nothing is kept per row: each goes to a {@link RowConsumer}, so files of millions of lines read
 * in constant memory. The first bad line stops the reading with a {@link RecordFormatException}.
 */
public final class ComparisonReader {
    public static final String PRIMARY_LATENCY = "primary_latency";
    public static final String SHADOW_LATENCY = "shadow_latency";
    public static final String AGREEMENT = "agreement";
    public static final List<String> COLUMNS = List.of(PRIMARY_LATENCY, SHADOW_LATENCY, AGREEMENT);
    private static final RecordReader READER = new RecordReader(Set.of(), COLUMNS);

    /** Receives one comparison; latencies in seconds. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(double primaryLatency, double shadowLatency, boolean agreement);
    }

    private ComparisonReader() {
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
        long[] count = {0};
        READER.read(in, totalBytes, (line, record) -> {
            rows.accept(latency(record, PRIMARY_LATENCY), latency(record, SHADOW_LATENCY), agreement(record));
            count[0]++;
        }, problem -> {
            throw new RecordFormatException(problem);
        }, progress);
        return count[0];
    }

    /** A required, finite, non-negative latency in seconds. */
    public static double latency(JsonNode record, String key) {
        JsonNode value = required(record, key);
        if (!value.isNumber()) {
            throw new InvalidInputException(key, JsonFields.shown(value), "is not a number");
        }
        return Checks.nonNegative(key, value.doubleValue());
    }

    /** The required agreement: exactly true or false. */
    public static boolean agreement(JsonNode record) {
        JsonNode value = required(record, AGREEMENT);
        if (!value.isBoolean()) {
            throw new InvalidInputException(AGREEMENT, JsonFields.shown(value), "must be true or false");
        }
        return value.booleanValue();
    }

    private static JsonNode required(JsonNode record, String key) {
        JsonNode value = record.get(key);
        if (value == null) {
            throw new InvalidInputException(key, "nothing", "is required");
        }
        return value;
    }
}
