package io.bellwether.store;

import io.bellwether.domain.Disagreement;
import io.bellwether.domain.DisagreementFilter;
import io.bellwether.domain.DisagreementPairCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads {@code shadow_disagreements} of one shadow: a page, newest compared first, the count and the
 * counts per result pair, each under one filter. Disagreements are numbered in time order (V11), so a
 * time range is a range of numbers (two lookups in the by-time index) and, without a pair or a
 * "slower by" filter, a page is a key range and the count a subtraction: page 1,000 costs what page 1
 * does. A pair or "slower by" filter reads its own index (by pair then number, by slower_by).
 */
final class DisagreementQueries {
    private static final String SELECT = "SELECT comparison_no, compared_micros, primary_result, shadow_result,"
            + " primary_latency, shadow_latency FROM shadow_disagreements";

    private final Connection connection;
    private final int shadowKey;
    private final DisagreementFilter filter;
    private long lowest = -1;
    private long highest;

    DisagreementQueries(Connection connection, int shadowKey, DisagreementFilter filter) {
        this.connection = connection;
        this.shadowKey = shadowKey;
        this.filter = filter;
    }

    List<Disagreement> page(long offset, int limit) throws SQLException {
        numbers();
        boolean range = onlyTime();
        long newest = highest - offset;
        try (PreparedStatement select = connection.prepareStatement(SELECT + (range
                ? " WHERE shadow_key = ? AND disagreement_no BETWEEN ? AND ? ORDER BY disagreement_no DESC"
                : where(true) + " ORDER BY disagreement_no DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"))) {
            if (range) {
                select.setInt(1, shadowKey);
                select.setLong(2, Math.max(lowest, newest - limit + 1));
                select.setLong(3, newest);
            } else {
                int next = bind(select, true);
                select.setLong(next, offset);
                select.setInt(next + 1, limit);
            }
            return Sql.all(select, rows -> new Disagreement(rows.getLong(1), ComparisonBlock.instant(rows.getLong(2)),
                    rows.getString(3), rows.getString(4), rows.getDouble(5), rows.getDouble(6)));
        }
    }

    long count() throws SQLException {
        numbers();
        if (onlyTime()) {
            return Math.max(0, highest - lowest + 1);
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM shadow_disagreements" + where(true))) {
            bind(select, true);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Counts per pair under the filter but for its pair, most first. */
    List<DisagreementPairCount> pairs() throws SQLException {
        numbers();
        try (PreparedStatement select = connection.prepareStatement("SELECT primary_result, shadow_result,"
                + " COUNT(*) AS n FROM shadow_disagreements" + where(false)
                + " GROUP BY primary_result, shadow_result ORDER BY n DESC, primary_result, shadow_result")) {
            bind(select, false);
            return Sql.all(select, rows -> new DisagreementPairCount(
                    new DisagreementFilter.ResultPair(rows.getString(1), rows.getString(2)), rows.getLong(3)));
        }
    }

    private boolean onlyTime() {
        return filter.pairOrNull() == null && filter.slowerByMillisOrNull() == null;
    }

    /** The numbers of the oldest and newest disagreement in the time range (newest below oldest: none). */
    private void numbers() throws SQLException {
        if (lowest >= 0) {
            return;
        }
        long count = DisagreementIndex.stored(connection, shadowKey);
        lowest = filter.fromOrNull() == null ? 0 : DisagreementIndex.firstAfter(connection, shadowKey,
                JdbcComparisonAppender.micros(filter.fromOrNull()), true, count);
        highest = (filter.toOrNull() == null ? count : DisagreementIndex.firstAfter(connection, shadowKey,
                JdbcComparisonAppender.micros(filter.toOrNull()), false, count)) - 1;
    }

    private String where(boolean withPair) {
        StringBuilder sql = new StringBuilder(" WHERE shadow_key = ? AND disagreement_no BETWEEN ? AND ?");
        if (filter.slowerByMillisOrNull() != null) {
            sql.append(" AND slower_by > ?");
        }
        if (withPair && filter.pairOrNull() != null) {
            // = rather than IS NOT DISTINCT FROM, which the by-pair index does not serve.
            sql.append(filter.pairOrNull().primaryResultJson() == null ? " AND primary_result IS NULL" : " AND primary_result = ?");
            sql.append(filter.pairOrNull().shadowResultJson() == null ? " AND shadow_result IS NULL" : " AND shadow_result = ?");
        }
        return sql.toString();
    }

    /** Binds the parameters of {@link #where}; returns the next parameter's index. */
    private int bind(PreparedStatement statement, boolean withPair) throws SQLException {
        int i = 1;
        statement.setInt(i++, shadowKey);
        statement.setLong(i++, lowest);
        statement.setLong(i++, highest);
        if (filter.slowerByMillisOrNull() != null) {
            // A nanosecond of slack: 0.050 - 0.020 is 0.030000000000000002, not "more than 30 ms".
            statement.setDouble(i++, filter.slowerByMillisOrNull() / 1000.0 + 1e-9);
        }
        if (withPair && filter.pairOrNull() != null) {
            for (String result : new String[] {filter.pairOrNull().primaryResultJson(), filter.pairOrNull().shadowResultJson()}) {
                if (result != null) {
                    statement.setString(i++, result);
                }
            }
        }
        return i;
    }
}
