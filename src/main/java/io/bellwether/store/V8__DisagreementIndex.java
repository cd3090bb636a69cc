package io.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V8: the disagreement index ({@link DisagreementIndex}), filled from every sealed segment
 * (decoded one at a time) and every tail row that disagrees. A Java migration because the
 * segments are packed bytes.
 */
public final class V8__DisagreementIndex extends BaseJavaMigration {
    private static final String[] CREATE = {
        "CREATE TABLE shadow_disagreements (shadow_key INT NOT NULL, disagreement_no BIGINT NOT NULL,"
            + " comparison_no BIGINT NOT NULL, compared_micros BIGINT NOT NULL,"
            + " primary_latency DOUBLE PRECISION NOT NULL, shadow_latency DOUBLE PRECISION NOT NULL,"
            + " primary_result VARCHAR, shadow_result VARCHAR, PRIMARY KEY (shadow_key, disagreement_no))",
        "CREATE INDEX shadow_disagreements_by_time ON shadow_disagreements (shadow_key, compared_micros)",
        "ALTER TABLE shadow_deployments ADD COLUMN disagreement_count BIGINT DEFAULT 0 NOT NULL",
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            for (String create : CREATE) {
                ddl.execute(create);
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT shadow_key FROM shadow_deployments");
             ResultSet shadows = select.executeQuery()) {
            while (shadows.next()) {
                backfill(connection, shadows.getInt(1));
            }
        }
    }

    /** The shadow's segments in order, then its tail, numbered as the appender numbers them. */
    private static void backfill(Connection connection, int shadowKey) throws SQLException {
        DisagreementIndex index = DisagreementIndex.beforeV11(connection, shadowKey);
        ComparisonBlock block = new ComparisonBlock(ShadowSegments.SIZE);
        try (PreparedStatement select = connection.prepareStatement("SELECT segment_no, data, results"
                + " FROM shadow_segments WHERE shadow_key = ? ORDER BY segment_no")) {
            select.setInt(1, shadowKey);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    SegmentCodec.decode(rows.getBytes(2), block);
                    SegmentCodec.decodeResults(rows.getBytes(3), block);
                    index.insert(rows.getLong(1) * ShadowSegments.SIZE, block);
                    block.reset(0);
                }
            }
        }
        try (PreparedStatement first = connection.prepareStatement(
                "SELECT MIN(comparison_no) FROM shadow_tail WHERE shadow_key = ?")) {
            first.setInt(1, shadowKey);
            try (ResultSet rows = first.executeQuery()) {
                rows.next();
                long firstNo = rows.getLong(1);
                ShadowSegments.readTail(connection, shadowKey, true, block);
                index.insert(firstNo, block);
            }
        }
    }
}
