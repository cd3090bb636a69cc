package io.bellwether.store;

import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a shadow's comparisons in one pass over its segments (only those overlapping the time
 * range) and then its tail, in the order they were recorded.
 */
final class ComparisonScan {
    private final Connection connection;
    private final int shadowKey;

    ComparisonScan(Connection connection, int shadowKey) {
        this.connection = connection;
        this.shadowKey = shadowKey;
    }

    /** Every comparison as primitive columns, oldest first; {@code count} is the stored count. */
    ShadowComparisonColumns columns(long count) throws SQLException {
        int capacity = Math.toIntExact(count);
        double[] times = new double[capacity];
        double[] primary = new double[capacity];
        double[] shadow = new double[capacity];
        boolean[] agreement = new boolean[capacity];
        int[] n = {0};
        ShadowSegments.BlockSink copy = block -> {
            int size = Math.min(block.size(), capacity - n[0]);
            for (int i = 0; i < size; i++) {
                times[n[0] + i] = ComparisonBlock.epochSeconds(block.micros[i]);
            }
            System.arraycopy(block.primary, 0, primary, n[0], size);
            System.arraycopy(block.shadow, 0, shadow, n[0], size);
            System.arraycopy(block.agreement, 0, agreement, n[0], size);
            n[0] += size;
        };
        ShadowSegments.readSegments(connection, shadowKey, Long.MIN_VALUE, Long.MAX_VALUE, false, copy);
        ComparisonBlock tail = new ComparisonBlock(ShadowSegments.SIZE);
        ShadowSegments.readTail(connection, shadowKey, false, tail);
        copy.accept(tail);
        return ComparisonColumnOrder.oldestFirst(n[0], times, primary, shadow, agreement);
    }

    /** The comparisons between the bounds (inclusive; null is open), with their results, oldest first. */
    List<ShadowComparison> comparisons(Instant fromOrNull, Instant toOrNull) throws SQLException {
        long fromMicros = fromOrNull == null ? Long.MIN_VALUE : JdbcComparisonAppender.micros(fromOrNull);
        long toMicros = toOrNull == null ? Long.MAX_VALUE : JdbcComparisonAppender.micros(toOrNull);
        List<ShadowComparison> found = new ArrayList<>();
        ShadowSegments.BlockSink pick = block -> {
            for (int i = 0; i < block.size(); i++) {
                long at = block.micros[i];
                if (at >= fromMicros && at <= toMicros) {
                    found.add(new ShadowComparison(ComparisonBlock.instant(at),
                            block.primaryResult[i], block.shadowResult[i], block.primary[i], block.shadow[i],
                            block.agreement[i]));
                }
            }
        };
        ShadowSegments.readSegments(connection, shadowKey, fromMicros, toMicros, true, pick);
        ComparisonBlock tail = new ComparisonBlock(ShadowSegments.SIZE);
        ShadowSegments.readTail(connection, shadowKey, true, tail);
        pick.accept(tail);
        found.sort(Comparator.comparing(ShadowComparison::timestamp));
        return found;
    }
}
