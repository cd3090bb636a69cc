package io.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes {@code shadow_disagreements} (V8): one row per disagreeing comparison, with its time, both
 * latencies and both results, so that the browser pages, filters and counts them without decoding
 * a segment. Written by the appender for the comparisons it adds, whether they go to a segment or
 * to the tail, in the same transaction.
 */
final class DisagreementIndex {
    private static final int BATCH = 1_000;

    private DisagreementIndex() {
    }

    /** Indexes the disagreements of {@code block}, whose comparisons are numbered from {@code firstNo}. */
    static void insert(Connection connection, int shadowKey, long firstNo, ComparisonBlock block) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shadow_disagreements (shadow_key,"
                + " comparison_no, compared_micros, primary_latency, shadow_latency, primary_result, shadow_result)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (int i = 0; i < block.size(); i++) {
                if (block.agreement[i]) {
                    continue;
                }
                insert.setInt(1, shadowKey);
                insert.setLong(2, firstNo + i);
                insert.setLong(3, block.micros[i]);
                insert.setDouble(4, block.primary[i]);
                insert.setDouble(5, block.shadow[i]);
                insert.setString(6, block.primaryResult[i]);
                insert.setString(7, block.shadowResult[i]);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
