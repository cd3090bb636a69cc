package io.bellwether.store;

import java.time.Instant;
import java.util.Arrays;

/**
 * Up to one segment of comparisons as primitive columns, in the order they were recorded: times in
 * microseconds since the epoch, both latencies, agreement, and the optional result JSON. The
 * buffer a segment is built in and decoded into ({@link SegmentCodec}); reused, never one object
 * per comparison.
 */
final class ComparisonBlock {
    final long[] micros;
    final double[] primary;
    final double[] shadow;
    final boolean[] agreement;
    final String[] primaryResult;
    final String[] shadowResult;
    private int size;
    private boolean hasResults;

    ComparisonBlock(int capacity) {
        micros = new long[capacity];
        primary = new double[capacity];
        shadow = new double[capacity];
        agreement = new boolean[capacity];
        primaryResult = new String[capacity];
        shadowResult = new String[capacity];
    }

    int size() {
        return size;
    }

    int capacity() {
        return micros.length;
    }

    boolean isFull() {
        return size == micros.length;
    }

    boolean hasResults() {
        return hasResults;
    }

    void add(long at, double primaryLatency, double shadowLatency, boolean agreed, String primaryJson,
             String shadowJson) {
        int i = size++;
        micros[i] = at;
        primary[i] = primaryLatency;
        shadow[i] = shadowLatency;
        agreement[i] = agreed;
        primaryResult[i] = primaryJson;
        shadowResult[i] = shadowJson;
        hasResults |= primaryJson != null || shadowJson != null;
    }

    /** Appends every comparison of {@code other}, in order. */
    void addAll(ComparisonBlock other) {
        for (int i = 0; i < other.size; i++) {
            add(other.micros[i], other.primary[i], other.shadow[i], other.agreement[i], other.primaryResult[i],
                    other.shadowResult[i]);
        }
    }

    long minMicros() {
        return Arrays.stream(micros, 0, size).min().orElseThrow();
    }

    long maxMicros() {
        return Arrays.stream(micros, 0, size).max().orElseThrow();
    }

    /** Empties the block for reuse; {@code size} values are then set directly by a decoder. */
    void reset(int newSize) {
        if (hasResults) {
            Arrays.fill(primaryResult, 0, size, null);
            Arrays.fill(shadowResult, 0, size, null);
        }
        size = newSize;
        hasResults = false;
    }

    void markResults() {
        hasResults = true;
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** Epoch seconds as the chart columns hold them. */
    static double epochSeconds(long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        long nanos = Math.floorMod(micros, 1_000_000L) * 1_000L;
        return seconds + nanos / 1e9;
    }
}
