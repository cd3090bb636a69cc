package io.bellwether.store;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.service.Json;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A V12 workspace, whose deployments' checks were only ever counted, opens on V13 with each deployment's
 * count in its row (one with checks, one without), and a check recorded after it is counted on.
 */
class HealthCheckCountMigrationTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void v13CountsTheStoredChecksOfEveryDeployment() throws Exception {
        Path database = folder.resolve("v12");
        String url = DatabaseFile.of(database).jdbcUrl();
        Migrations.configuration().dataSource(url, "", "").target("12").load().migrate();
        try (Connection connection = DriverManager.getConnection(url)) {
            insertDeployment(connection, "deploy_checked");
            insertDeployment(connection, "deploy_unchecked");
            for (int i = 0; i < 250; i++) {
                insertCheck(connection, i + 1, "deploy_checked", START.plusSeconds(i));
            }
        }

        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            assertThat(workspace.queries().healthCheckCount("deploy_checked")).isEqualTo(250);
            assertThat(workspace.queries().healthCheckCount("deploy_unchecked")).isZero();
            workspace.health().addHealthCheck("deploy_checked", HealthStatus.HEALTHY,
                    new PerformanceMetrics(0.03, 0.05, 0.07, 0.01, 20), "after V13", Operators.systemUser());
            assertThat(workspace.queries().healthCheckCount("deploy_checked")).isEqualTo(251)
                    .isEqualTo(workspace.queries().healthHistory("deploy_checked", null, null).size());
        }
    }

    private static void insertDeployment(Connection connection, String id) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO deployments (deployment_id,"
                + " model_name, model_version, strategy, status, environment, created_by, created_at, rollback_config,"
                + " metadata) VALUES (?, 'fraud', 'v2', 'CANARY', 'IN_PROGRESS', 'production', 'sre', ?, ?, '{}')")) {
            insert.setString(1, id);
            Sql.setInstant(insert, 2, START);
            insert.setString(3, Json.write("rollback_config", RollbackConfig.DEFAULTS));
            insert.executeUpdate();
        }
    }

    private static void insertCheck(Connection connection, long id, String deploymentId, Instant at) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO health_checks (id, deployment_id,"
                + " checked_at, status, latency_p50, latency_p95, latency_p99, error_rate, requests_per_second,"
                + " custom_metrics, message) VALUES (?, ?, ?, 'HEALTHY', 0.03, 0.05, 0.07, 0.01, 20, '{}', 'v12')")) {
            insert.setLong(1, id);
            insert.setString(2, deploymentId);
            Sql.setInstant(insert, 3, at);
            insert.executeUpdate();
        }
    }
}
