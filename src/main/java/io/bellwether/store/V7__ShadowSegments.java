package io.bellwether.store;

import io.bellwether.domain.ShadowComparison;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V7: shadow comparisons move from one row each ({@code shadow_comparisons}, keyed
 * {@code shadow_key * 2^40 + n}, with {@code shadow_comparison_results}) into sealed columnar
 * segments and an open tail ({@link ShadowSegments}), written by the same appender as new
 * comparisons, in key order; each shadow's count is recounted from its rows. A Java migration
 * because the segments are packed bytes; Flyway runs it in one transaction with the others.
 */
public final class V7__ShadowSegments extends BaseJavaMigration {
    private static final int KEY_SHIFT = 40;
    private static final String[] CREATE = {
        "CREATE TABLE shadow_segments (shadow_key INT NOT NULL, segment_no BIGINT NOT NULL, row_count INT NOT NULL,"
            + " first_micros BIGINT NOT NULL, last_micros BIGINT NOT NULL, data BLOB NOT NULL, results BLOB,"
            + " PRIMARY KEY (shadow_key, segment_no))",
        "CREATE TABLE shadow_tail (shadow_key INT NOT NULL, comparison_no BIGINT NOT NULL,"
            + " compared_micros BIGINT NOT NULL, primary_latency DOUBLE PRECISION NOT NULL,"
            + " shadow_latency DOUBLE PRECISION NOT NULL, agreement BOOLEAN NOT NULL, primary_result VARCHAR,"
            + " shadow_result VARCHAR, PRIMARY KEY (shadow_key, comparison_no))",
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        // PostgreSQL has no BLOB; its bytea reads and writes through the same setBytes/getBytes.
        boolean postgres = Sql.isPostgres(connection);
        try (Statement ddl = connection.createStatement()) {
            for (String create : CREATE) {
                ddl.execute(postgres ? create.replace(" BLOB", " BYTEA") : create);
            }
            for (Map.Entry<Integer, String> shadow : shadows(connection).entrySet()) {
                move(connection, shadow.getKey(), shadow.getValue());
            }
            ddl.execute("DROP TABLE shadow_comparison_results");
            ddl.execute("DROP TABLE shadow_comparisons");
        }
    }

    private static Map<Integer, String> shadows(Connection connection) throws SQLException {
        Map<Integer, String> shadows = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT shadow_key, shadow_id FROM shadow_deployments"
                     + " ORDER BY shadow_key")) {
            while (rows.next()) {
                shadows.put(rows.getInt(1), rows.getString(2));
            }
        }
        return shadows;
    }

    private static void move(Connection connection, int shadowKey, String shadowId) throws SQLException {
        JdbcComparisonAppender appender = new JdbcComparisonAppender(connection, shadowId, shadowKey, 0, false);
        try (PreparedStatement select = connection.prepareStatement("SELECT c.compared_at, r.primary_result,"
                + " r.shadow_result, c.primary_latency, c.shadow_latency, c.agreement FROM shadow_comparisons c"
                + " LEFT JOIN shadow_comparison_results r ON r.comparison_id = c.id"
                + " WHERE c.id > ? AND c.id < ? ORDER BY c.id")) {
            long first = (long) shadowKey << KEY_SHIFT;
            select.setLong(1, first);
            select.setLong(2, first + (1L << KEY_SHIFT));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    appender.add(new ShadowComparison(rows.getObject(1, OffsetDateTime.class).toInstant(),
                            rows.getString(2), rows.getString(3), rows.getDouble(4), rows.getDouble(5),
                            rows.getBoolean(6)));
                }
            }
        }
        appender.finish();
    }
}
