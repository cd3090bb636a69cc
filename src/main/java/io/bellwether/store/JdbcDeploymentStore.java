package io.bellwether.store;

import io.bellwether.application.port.out.DeploymentStore;
import io.bellwether.application.port.out.HealthCheckAppender;
import io.bellwether.application.service.Json;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthMarks;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Deployments as rows (metrics, rollback config and metadata as JSON), health checks appended as rows. */
record JdbcDeploymentStore(Connection connection, WriterMemory memory) implements DeploymentStore {
    private static final String CHECK_COLUMNS = "checked_at, status, latency_p50, latency_p95, latency_p99, error_rate,"
            + " requests_per_second, custom_metrics, message";
    /** Rows a long read (marks, a streamed history) fetches at a time. */
    private static final int ROWS_FETCHED = 10_000;
    /**
     * A deployment's checks in time order: the deployment first, which the query fixes anyway, so that the
     * order is {@code health_checks_by_time}'s own and H2 reads it in order (see {@link #checksByTime()}).
     */
    private static final String IN_TIME_ORDER = "deployment_id, checked_at, id";
    private static final String NEWEST_FIRST = "deployment_id DESC, checked_at DESC, id DESC";
    private static final int MARKS_READ_AT_ONCE = 500;
    private static final String COLUMNS = "deployment_id, model_name, model_version, strategy, status, environment,"
            + " created_by, created_at, started_at, completed_at, rolled_back_at, baseline_metrics, current_metrics,"
            + " rollback_config, metadata, rollback_reason, rollback_triggered_by";

    @Override
    public Optional<Deployment> find(String deploymentId) {
        return Sql.run("read deployment " + deploymentId, () -> Sql.first(connection,
                "SELECT " + COLUMNS + " FROM deployments WHERE deployment_id = ?", JdbcDeploymentStore::deployment,
                deploymentId));
    }

    @Override
    public boolean exists(String deploymentId) {
        return Sql.run("look up deployment " + deploymentId, () -> Sql.first(connection,
                "SELECT 1 FROM deployments WHERE deployment_id = ?", rows -> true, deploymentId).isPresent());
    }

    @Override
    public void insert(Deployment d) {
        Sql.run("store deployment " + d.deploymentId(), () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO deployments (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, d.deploymentId());
                insert.setString(2, d.modelName());
                insert.setString(3, d.modelVersion());
                insert.setString(4, d.strategy().name());
                insert.setString(5, d.status().name());
                insert.setString(6, d.environment());
                insert.setString(7, d.createdBy());
                Sql.setInstant(insert, 8, d.createdAt());
                setChangingColumns(insert, 9, d);
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public void update(Deployment d) {
        Sql.run("update deployment " + d.deploymentId(), () -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE deployments SET status = ?,"
                    + " started_at = ?, completed_at = ?, rolled_back_at = ?, baseline_metrics = ?,"
                    + " current_metrics = ?, rollback_config = ?, metadata = ?, rollback_reason = ?,"
                    + " rollback_triggered_by = ? WHERE deployment_id = ?")) {
                update.setString(1, d.status().name());
                setChangingColumns(update, 2, d);
                update.setString(11, d.deploymentId());
                if (update.executeUpdate() != 1) {
                    throw new SQLException("no deployment " + d.deploymentId() + " to update");
                }
                return null;
            }
        });
    }

    /** started_at … rollback_triggered_by, the columns a lifecycle change may touch, from {@code first}. */
    private static void setChangingColumns(PreparedStatement statement, int first, Deployment d) throws SQLException {
        Sql.setInstant(statement, first, d.startedAt());
        Sql.setInstant(statement, first + 1, d.completedAt());
        Sql.setInstant(statement, first + 2, d.rolledBackAt());
        statement.setString(first + 3, d.baselineMetrics() == null ? null : Json.write("baseline_metrics",
                d.baselineMetrics()));
        statement.setString(first + 4, d.currentMetrics() == null ? null : Json.write("current_metrics",
                d.currentMetrics()));
        statement.setString(first + 5, Json.write("rollback_config", d.rollbackConfig()));
        statement.setString(first + 6, Json.write("metadata", d.metadata()));
        statement.setString(first + 7, d.rollbackReason());
        statement.setString(first + 8, d.rollbackTriggeredBy());
    }

    @Override
    public List<Deployment> list(DeploymentStatus statusOrNull, String environmentOrNull) {
        return Sql.run("list deployments", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM deployments"
                    + " WHERE (CAST(? AS VARCHAR) IS NULL OR status = ?) AND (CAST(? AS VARCHAR) IS NULL OR environment = ?)"
                    + " ORDER BY created_at DESC, deployment_id DESC")) {
                String status = statusOrNull == null ? null : statusOrNull.name();
                select.setString(1, status);
                select.setString(2, status);
                select.setString(3, environmentOrNull);
                select.setString(4, environmentOrNull);
                return Sql.all(select, JdbcDeploymentStore::deployment);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Deployment deployment(ResultSet rows) throws SQLException {
        return new Deployment(rows.getString("deployment_id"), rows.getString("model_name"),
                rows.getString("model_version"), DeploymentStrategy.valueOf(rows.getString("strategy")),
                DeploymentStatus.valueOf(rows.getString("status")), rows.getString("environment"),
                rows.getString("created_by"), Sql.getInstant(rows, "created_at"), Sql.getInstant(rows, "started_at"),
                Sql.getInstant(rows, "completed_at"), Sql.getInstant(rows, "rolled_back_at"),
                metrics(rows.getString("baseline_metrics")), metrics(rows.getString("current_metrics")),
                Json.read(rows.getString("rollback_config"), RollbackConfig.class),
                Json.read(rows.getString("metadata"), Map.class), rows.getString("rollback_reason"),
                rows.getString("rollback_triggered_by"));
    }

    private static PerformanceMetrics metrics(String json) {
        return json == null ? null : Json.read(json, PerformanceMetrics.class);
    }

    @Override
    public Optional<HealthCheckAppender> healthCheckAppender(String deploymentId) {
        return exists(deploymentId) ? Optional.of(new JdbcHealthCheckAppender(connection, memory, deploymentId))
                : Optional.empty();
    }

    @Override
    public List<HealthCheck> healthHistory(String deploymentId, Instant fromOrNull, Instant toOrNull) {
        return Sql.run("read the health history of " + deploymentId, () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + CHECK_COLUMNS
                    + " FROM " + checksByTime() + " WHERE deployment_id = ? AND checked_at >= ? AND checked_at <= ?"
                    + " ORDER BY " + IN_TIME_ORDER)) {
                select.setString(1, deploymentId);
                TimeRange.bind(select, 2, fromOrNull, toOrNull);
                return Sql.all(select, JdbcDeploymentStore::healthCheck);
            }
        });
    }

    @Override
    public List<HealthCheck> latestHealthChecks(String deploymentId, Instant fromOrNull, Instant toOrNull, int most) {
        return Sql.run("read the latest health checks of " + deploymentId, () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + CHECK_COLUMNS
                    + " FROM " + checksByTime() + " WHERE deployment_id = ? AND checked_at >= ? AND checked_at <= ?"
                    + " ORDER BY " + NEWEST_FIRST + " LIMIT ?")) {
                select.setString(1, deploymentId);
                TimeRange.bind(select, 2, fromOrNull, toOrNull);
                select.setInt(4, most);
                List<HealthCheck> newestFirst = Sql.all(select, JdbcDeploymentStore::healthCheck);
                Collections.reverse(newestFirst);
                return newestFirst;
            }
        });
    }

    @Override
    public void eachHealthCheck(String deploymentId, Consumer<HealthCheck> each) {
        Sql.run("read the health history of " + deploymentId, () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + CHECK_COLUMNS
                    + " FROM " + checksByTime() + " WHERE deployment_id = ? ORDER BY " + IN_TIME_ORDER)) {
                select.setFetchSize(ROWS_FETCHED);
                select.setString(1, deploymentId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        each.accept(healthCheck(rows));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public long healthCheckCount(String deploymentId) {
        return Sql.run("count the health checks of " + deploymentId, () -> Sql.first(connection,
                "SELECT health_check_count FROM deployments WHERE deployment_id = ?", rows -> rows.getLong(1),
                deploymentId).orElse(0L));
    }

    /**
     * One pass over the statuses of the newest {@code newestScanned} checks, newest first, keeping ids only;
     * then the kept checks, a few hundred at a time.
     */
    @Override
    public HealthMarks healthMarks(String deploymentId, int most, int newestScanned) {
        return Sql.run("read the health marks of " + deploymentId, () -> {
            List<Long> ids = new ArrayList<>();
            List<String> statuses = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, status FROM "
                    + checksByTime() + " WHERE deployment_id = ? ORDER BY " + NEWEST_FIRST + " LIMIT ?")) {
                select.setFetchSize(ROWS_FETCHED);
                select.setString(1, deploymentId);
                select.setInt(2, newestScanned);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                        statuses.add(rows.getString(2));
                    }
                }
            }
            Collections.reverse(ids);
            Collections.reverse(statuses);
            if (ids.size() <= most) {
                return new HealthMarks(checksWithIds(ids), ids.size());
            }
            ArrayDeque<Long> marks = new ArrayDeque<>();
            for (int i = 0; i < ids.size(); i++) {
                boolean last = i == ids.size() - 1;
                if (i == 0 || last || !statuses.get(i).equals(statuses.get(i - 1))) {
                    marks.addLast(ids.get(i));
                    if (marks.size() > most) {
                        marks.removeFirst();
                    }
                }
            }
            return new HealthMarks(checksWithIds(new ArrayList<>(marks)), ids.size());
        });
    }

    /** The checks with these ids (in time order, as they were scanned), read a few hundred at a time. */
    private List<HealthCheck> checksWithIds(List<Long> ids) throws SQLException {
        List<HealthCheck> found = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += MARKS_READ_AT_ONCE) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + MARKS_READ_AT_ONCE));
            try (PreparedStatement select = connection.prepareStatement("SELECT " + CHECK_COLUMNS
                    + " FROM health_checks WHERE id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                    + ") ORDER BY checked_at, id")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i));
                }
                found.addAll(Sql.all(select, JdbcDeploymentStore::healthCheck));
            }
        }
        return found;
    }

    /**
     * The health checks, read through {@code health_checks_by_time}. Given {@code deployment_id = ?} H2's
     * planner picks the foreign key's own index on that column instead, and sorts all of a deployment's
     * checks (seconds for millions, to a temporary file) where the time index reads them in order; so on H2
     * the index is named. PostgreSQL's planner needs no hint, and takes none in this syntax.
     */
    private String checksByTime() throws SQLException {
        return Sql.isPostgres(connection) ? "health_checks" : "health_checks USE INDEX (health_checks_by_time)";
    }

    @SuppressWarnings("unchecked")
    private static HealthCheck healthCheck(ResultSet rows) throws SQLException {
        PerformanceMetrics metrics = new PerformanceMetrics(rows.getDouble("latency_p50"),
                rows.getDouble("latency_p95"), rows.getDouble("latency_p99"), rows.getDouble("error_rate"),
                rows.getDouble("requests_per_second"), Json.read(rows.getString("custom_metrics"), Map.class));
        return new HealthCheck(Sql.getInstant(rows, "checked_at"), HealthStatus.valueOf(rows.getString("status")),
                metrics, rows.getString("message"));
    }
}
