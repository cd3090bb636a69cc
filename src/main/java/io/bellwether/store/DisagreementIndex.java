package io.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes {@code shadow_disagreements} (V8) for one shadow: one row per disagreeing comparison, with
 * its time, both latencies (and how much slower the shadow was, V11) and both results, numbered densely from 0 in the order recorded
 * ({@code disagreement_no}, counted in {@code shadow_deployments.disagreement_count}), so that an
 * unfiltered page is a key range and the browser never decodes a segment. Used by the appender for
 * the comparisons it adds, whether they go to a segment or to the tail, in the same transaction.
 */
final class DisagreementIndex {
    private static final int BATCH = 1_000;
    private final Connection connection;
    private final int shadowKey;
    private final boolean withSlowerBy;
    private long count = -1;

    DisagreementIndex(Connection connection, int shadowKey) {
        this(connection, shadowKey, true);
    }

    private DisagreementIndex(Connection connection, int shadowKey, boolean withSlowerBy) {
        this.connection = connection;
        this.shadowKey = shadowKey;
        this.withSlowerBy = withSlowerBy;
    }

    /** For V8's backfill, which runs before V11 adds {@code slower_by} (V11 computes it for these rows). */
    static DisagreementIndex beforeV11(Connection connection, int shadowKey) {
        return new DisagreementIndex(connection, shadowKey, false);
    }

    /** Indexes the disagreements of {@code block}, whose comparisons are numbered from {@code firstNo}. */
    void insert(long firstNo, ComparisonBlock block) throws SQLException {
        long next = count();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shadow_disagreements (shadow_key,"
                + " disagreement_no, comparison_no, compared_micros, primary_latency, shadow_latency, primary_result,"
                + " shadow_result" + (withSlowerBy ? ", slower_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" : ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
            int pending = 0;
            for (int i = 0; i < block.size(); i++) {
                if (block.agreement[i]) {
                    continue;
                }
                insert.setInt(1, shadowKey);
                insert.setLong(2, next++);
                insert.setLong(3, firstNo + i);
                insert.setLong(4, block.micros[i]);
                insert.setDouble(5, block.primary[i]);
                insert.setDouble(6, block.shadow[i]);
                insert.setString(7, block.primaryResult[i]);
                insert.setString(8, block.shadowResult[i]);
                if (withSlowerBy) {
                    insert.setDouble(9, block.shadow[i] - block.primary[i]);
                }
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
        count = next;
    }

    /** Writes the count of disagreements indexed; a no-op when nothing was read or written. */
    void storeCount() throws SQLException {
        if (count < 0) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE shadow_deployments SET disagreement_count = ? WHERE shadow_key = ?")) {
            update.setLong(1, count);
            update.setInt(2, shadowKey);
            update.executeUpdate();
        }
    }

    private long count() throws SQLException {
        if (count < 0) {
            count = stored(connection, shadowKey);
        }
        return count;
    }

    static long stored(Connection connection, int shadowKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT disagreement_count FROM shadow_deployments WHERE shadow_key = ?")) {
            select.setInt(1, shadowKey);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}
