package io.bellwether.store;

import io.bellwether.domain.Disagreement;
import io.bellwether.domain.DisagreementFilter;
import io.bellwether.domain.DisagreementPairCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code shadow_disagreements} of one shadow: a page, newest compared first, the count and the
 * counts per result pair, each under one filter, each from an index (V11: by time, by pair then time, by
 * how much slower the shadow was). Without a filter the count is the stored one.
 */
final class DisagreementQueries {
    private final Connection connection;
    private final int shadowKey;
    private final DisagreementFilter filter;

    DisagreementQueries(Connection connection, int shadowKey, DisagreementFilter filter) {
        this.connection = connection;
        this.shadowKey = shadowKey;
        this.filter = filter;
    }

    /** Newest compared first (the order recorded between equal times), from the index of the filter (V11). */
    List<Disagreement> page(long offset, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT comparison_no, compared_micros,"
                + " primary_result, shadow_result, primary_latency, shadow_latency FROM shadow_disagreements"
                + where(true) + " ORDER BY compared_micros DESC, disagreement_no DESC LIMIT ? OFFSET ?")) {
            int next = bind(select, true);
            select.setInt(next, limit);
            select.setLong(next + 1, offset);
            return Sql.all(select, rows -> new Disagreement(rows.getLong(1), ComparisonBlock.instant(rows.getLong(2)),
                    rows.getString(3), rows.getString(4), rows.getDouble(5), rows.getDouble(6)));
        }
    }

    long count() throws SQLException {
        if (filter.equals(DisagreementFilter.ALL)) {
            return DisagreementIndex.stored(connection, shadowKey);
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
        try (PreparedStatement select = connection.prepareStatement("SELECT primary_result, shadow_result,"
                + " COUNT(*) AS n FROM shadow_disagreements" + where(false)
                + " GROUP BY primary_result, shadow_result ORDER BY n DESC, primary_result, shadow_result")) {
            bind(select, false);
            return Sql.all(select, rows -> new DisagreementPairCount(
                    new DisagreementFilter.ResultPair(rows.getString(1), rows.getString(2)), rows.getLong(3)));
        }
    }

    private String where(boolean withPair) {
        StringBuilder sql = new StringBuilder(" WHERE shadow_key = ?");
        if (filter.fromOrNull() != null) {
            sql.append(" AND compared_micros >= ?");
        }
        if (filter.toOrNull() != null) {
            sql.append(" AND compared_micros <= ?");
        }
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
        if (filter.fromOrNull() != null) {
            statement.setLong(i++, JdbcComparisonAppender.micros(filter.fromOrNull()));
        }
        if (filter.toOrNull() != null) {
            statement.setLong(i++, JdbcComparisonAppender.micros(filter.toOrNull()));
        }
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
