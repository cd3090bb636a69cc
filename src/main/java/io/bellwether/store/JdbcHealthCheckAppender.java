package io.bellwether.store;

import io.bellwether.application.port.out.HealthCheckAppender;
import io.bellwether.application.service.Json;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.PerformanceMetrics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * Appends to one deployment inside the writer's transaction: one row per check, numbered after the
 * highest id the writer remembers, through one prepared INSERT; {@link #finish()} adds the number appended
 * to the deployment's {@code health_check_count} (V13), which its Health history reads instead of counting.
 */
final class JdbcHealthCheckAppender implements HealthCheckAppender {
    private static final String INSERT = "INSERT INTO health_checks (id, deployment_id, checked_at, status,"
            + " latency_p50, latency_p95, latency_p99, error_rate, requests_per_second, custom_metrics, message)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final Connection connection;
    private final WriterMemory memory;
    private final String deploymentId;
    private PreparedStatement insert;
    private long added;
    private long uncounted;

    JdbcHealthCheckAppender(Connection connection, WriterMemory memory, String deploymentId) {
        this.connection = connection;
        this.memory = memory;
        this.deploymentId = deploymentId;
    }

    @Override
    public void add(HealthCheck check) {
        Sql.run("store a health check of " + deploymentId, () -> {
            long id = lastId() + 1;
            if (insert == null) {
                insert = connection.prepareStatement(INSERT);
            }
            PerformanceMetrics m = check.metrics();
            insert.setLong(1, id);
            insert.setString(2, deploymentId);
            Sql.setInstant(insert, 3, check.timestamp());
            insert.setString(4, check.status().name());
            insert.setDouble(5, m.latencyP50());
            insert.setDouble(6, m.latencyP95());
            insert.setDouble(7, m.latencyP99());
            insert.setDouble(8, m.errorRate());
            insert.setDouble(9, m.requestsPerSecond());
            insert.setString(10, Json.write("custom_metrics", m.customMetrics()));
            insert.setString(11, check.message());
            insert.executeUpdate();
            memory.lastHealthCheckIdIs(id);
            added++;
            uncounted++;
            return null;
        });
    }

    /** The highest health check id, as the writer remembers it or, the first time, as the key index gives it. */
    private long lastId() throws SQLException {
        OptionalLong remembered = memory.lastHealthCheckId();
        if (remembered.isPresent()) {
            return remembered.getAsLong();
        }
        return Sql.first(connection, "SELECT COALESCE(MAX(id), 0) FROM health_checks", rows -> rows.getLong(1))
                .orElseThrow();
    }

    @Override
    public long finish() {
        return Sql.run("count the health checks of " + deploymentId, () -> {
            if (insert != null) {
                insert.close();
                insert = null;
            }
            if (uncounted > 0) {
                try (PreparedStatement count = connection.prepareStatement("UPDATE deployments"
                        + " SET health_check_count = health_check_count + ? WHERE deployment_id = ?")) {
                    count.setLong(1, uncounted);
                    count.setString(2, deploymentId);
                    count.executeUpdate();
                }
                uncounted = 0;
            }
            return added;
        });
    }
}
