package io.bellwether.store;

import java.time.Instant;
import java.util.Arrays;

/**
 * Up to one segment of comparisons as primitive columns, in the order they were recorded: times in
 * microseconds since the epoch, both latencies, agreement, and the optional result JSON. The
 * buffer a segment is built in and decoded into ({@link SegmentCodec}); reused, never one object
 * per comparison. It starts small and grows up to its limit, so that one comparison recorded alone
 * does not allocate a whole segment's columns.
 */
final class ComparisonBlock {
    private static final int FIRST_CAPACITY = 16;

    long[] micros;
    double[] primary;
    double[] shadow;
    boolean[] agreement;
    String[] primaryResult;
    String[] shadowResult;
    private final int limit;
    private int size;
    private boolean hasResults;

    /** @param limit the most comparisons it will hold (one segment) */
    ComparisonBlock(int limit) {
        this.limit = limit;
        allocate(Math.min(limit, FIRST_CAPACITY));
    }

    private void allocate(int capacity) {
        micros = micros == null ? new long[capacity] : Arrays.copyOf(micros, capacity);
        primary = primary == null ? new double[capacity] : Arrays.copyOf(primary, capacity);
        shadow = shadow == null ? new double[capacity] : Arrays.copyOf(shadow, capacity);
        agreement = agreement == null ? new boolean[capacity] : Arrays.copyOf(agreement, capacity);
        primaryResult = primaryResult == null ? new String[capacity] : Arrays.copyOf(primaryResult, capacity);
        shadowResult = shadowResult == null ? new String[capacity] : Arrays.copyOf(shadowResult, capacity);
    }

    private void ensureCapacity(int needed) {
        if (needed > limit) {
            throw new IllegalStateException("a block holds at most " + limit + " comparisons, not " + needed);
        }
        if (needed > micros.length) {
            allocate((int) Math.min(limit, Math.max(needed, 2L * micros.length)));
        }
    }

    int size() {
        return size;
    }

    boolean hasResults() {
        return hasResults;
    }

    void add(long at, double primaryLatency, double shadowLatency, boolean agreed, String primaryJson,
             String shadowJson) {
        ensureCapacity(size + 1);
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
        ensureCapacity(newSize);
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
