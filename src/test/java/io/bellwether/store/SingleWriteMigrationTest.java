package io.bellwether.store;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DisagreementFilter;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.ShadowComparison;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A V11 workspace (a sealed segment, a tail, disagreements, audit events) opens on V12 with every
 * comparison and disagreement counted from their numbers, the count columns and the event-id index
 * gone, and new comparisons and audit events recorded after them.
 */
class SingleWriteMigrationTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void v12CountsFromNumbersAndKeepsTheChain() throws Exception {
        Path database = folder.resolve("v11");
        int count = ShadowSegments.SIZE + 250;
        v11Workspace(database, count);
        try (Connection connection = DriverManager.getConnection(DatabaseFile.of(database).jdbcUrl())) {
            assertThat(eventIdUniqueConstraints(connection)).isPositive();
        }
        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            assertThat(workspace.shadows().compareShadowDeployment("shadow_a").totalRequests()).isEqualTo(count);
            assertThat(workspace.shadows().disagreements().page("shadow_a", DisagreementFilter.ALL, 1, 1).total())
                    .isEqualTo((count + 9) / 10);
            workspace.shadows().recordShadowComparison("shadow_a", null, null, 0.01, 0.03, false);
            assertThat(workspace.shadows().compareShadowDeployment("shadow_a").totalRequests()).isEqualTo(count + 1);
            assertThat(workspace.shadows().disagreements().page("shadow_a", DisagreementFilter.ALL, 1, 1).total())
                    .isEqualTo((count + 9) / 10 + 1);
            workspace.audit().log(EventType.CONFIGURATION_CHANGED, EventSeverity.INFO, "tester", "system", "v12", "check",
                    Map.of());
            assertThat(workspace.audit().query(null)).extracting(e -> e.resourceId()).containsExactly("v12");
        }
        try (Connection connection = DriverManager.getConnection(DatabaseFile.of(database).jdbcUrl())) {
            assertThat(eventIdUniqueConstraints(connection)).isZero();
            assertThat(columns(connection, "SHADOW_DEPLOYMENTS")).doesNotContain("COMPARISON_COUNT",
                    "DISAGREEMENT_COUNT");
        }
    }

    /** A V11 workspace as the previous release left it: counts in their columns, one audit event. */
    private static void v11Workspace(Path database, int count) throws Exception {
        String url = DatabaseFile.of(database).jdbcUrl();
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration")
                .javaMigrations(new V7__ShadowSegments(), new V8__DisagreementIndex()).target("11").load().migrate();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shadow_deployments (shadow_id,"
                    + " primary_model, shadow_model, traffic_percentage, created_at, shadow_key, comparison_count,"
                    + " disagreement_count) VALUES ('shadow_a', 'm:1', 'm:2', 100, ?, 1, ?, ?)")) {
                Sql.setInstant(insert, 1, START);
                insert.setLong(2, count);
                insert.setLong(3, (count + 9) / 10);
                insert.executeUpdate();
            }
            JdbcComparisonAppender appender = new JdbcComparisonAppender(connection, "shadow_a", 1, 0);
            for (int i = 0; i < count; i++) {
                appender.add(new ShadowComparison(START.plusMillis(i), null, null, 0.01, 0.02, i % 10 != 0));
            }
            appender.finish();
            connection.commit();
        }
    }

    private static int eventIdUniqueConstraints(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*)"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                + " ON k.CONSTRAINT_NAME = c.CONSTRAINT_NAME WHERE c.CONSTRAINT_TYPE = 'UNIQUE'"
                + " AND c.TABLE_NAME = 'AUDIT_EVENTS' AND k.COLUMN_NAME = 'EVENT_ID'");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static java.util.List<String> columns(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = ?")) {
            select.setString(1, table);
            return Sql.all(select, rows -> rows.getString(1));
        }
    }
}
