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
        "CREATE TABLE shadow_disagreements (shadow_key INT NOT NULL, comparison_no BIGINT NOT NULL,"
            + " compared_micros BIGINT NOT NULL, primary_latency DOUBLE PRECISION NOT NULL,"
            + " shadow_latency DOUBLE PRECISION NOT NULL, primary_result VARCHAR, shadow_result VARCHAR,"
            + " PRIMARY KEY (shadow_key, comparison_no))",
        "CREATE INDEX shadow_disagreements_by_time ON shadow_disagreements (shadow_key, compared_micros,"
            + " comparison_no)",
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            for (String create : CREATE) {
                ddl.execute(create);
            }
            ddl.execute("INSERT INTO shadow_disagreements (shadow_key, comparison_no, compared_micros,"
                    + " primary_latency, shadow_latency, primary_result, shadow_result) SELECT shadow_key,"
                    + " comparison_no, compared_micros, primary_latency, shadow_latency, primary_result, shadow_result"
                    + " FROM shadow_tail WHERE agreement = FALSE");
        }
        ComparisonBlock block = new ComparisonBlock(ShadowSegments.SIZE);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT shadow_key, segment_no, data, results FROM shadow_segments ORDER BY shadow_key, segment_no");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                SegmentCodec.decode(rows.getBytes(3), block);
                SegmentCodec.decodeResults(rows.getBytes(4), block);
                DisagreementIndex.insert(connection, rows.getInt(1), rows.getLong(2) * ShadowSegments.SIZE, block);
                block.reset(0);
            }
        }
    }
}
