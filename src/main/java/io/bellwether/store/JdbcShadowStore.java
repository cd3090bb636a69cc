package io.bellwether.store;

import io.bellwether.application.ShadowStore;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowDeployment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Shadow deployments as rows; comparisons appended as rows in JDBC batches. */
final class JdbcShadowStore implements ShadowStore {
    private static final int INSERT_BATCH = 1_000;

    private final Connection connection;

    JdbcShadowStore(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<ShadowDeployment> find(String shadowId) {
        return Sql.run("read shadow deployment " + shadowId, () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT shadow_id, primary_model,"
                    + " shadow_model, traffic_percentage, created_at FROM shadow_deployments WHERE shadow_id = ?")) {
                select.setString(1, shadowId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(shadow(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean exists(String shadowId) {
        return Sql.run("look up shadow deployment " + shadowId, () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM shadow_deployments WHERE shadow_id = ?")) {
                select.setString(1, shadowId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public void insert(ShadowDeployment shadow) {
        Sql.run("store shadow deployment " + shadow.shadowId(), () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shadow_deployments (shadow_id,"
                    + " primary_model, shadow_model, traffic_percentage, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, shadow.shadowId());
                insert.setString(2, shadow.primaryModel());
                insert.setString(3, shadow.shadowModel());
                insert.setDouble(4, shadow.trafficPercentage());
                Sql.setInstant(insert, 5, shadow.createdAt());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<ShadowDeployment> list() {
        return Sql.run("list shadow deployments", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT shadow_id, primary_model,"
                    + " shadow_model, traffic_percentage, created_at FROM shadow_deployments"
                    + " ORDER BY created_at DESC, shadow_id DESC");
                 ResultSet rows = select.executeQuery()) {
                List<ShadowDeployment> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(shadow(rows));
                }
                return found;
            }
        });
    }

    private static ShadowDeployment shadow(ResultSet rows) throws SQLException {
        return new ShadowDeployment(rows.getString("shadow_id"), rows.getString("primary_model"),
                rows.getString("shadow_model"), rows.getDouble("traffic_percentage"),
                Sql.getInstant(rows, "created_at"));
    }

    @Override
    public void appendComparisons(String shadowId, List<ShadowComparison> comparisons) {
        Sql.run("store comparisons of " + shadowId, () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shadow_comparisons (shadow_id,"
                    + " compared_at, primary_result, shadow_result, primary_latency, shadow_latency, agreement)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (ShadowComparison c : comparisons) {
                    insert.setString(1, shadowId);
                    Sql.setInstant(insert, 2, c.timestamp());
                    insert.setString(3, c.primaryResultJson());
                    insert.setString(4, c.shadowResultJson());
                    insert.setDouble(5, c.primaryLatency());
                    insert.setDouble(6, c.shadowLatency());
                    insert.setBoolean(7, c.agreement());
                    if (comparisons.size() == 1) {
                        return insert.executeUpdate();
                    }
                    insert.addBatch();
                    if (++pending == INSERT_BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
                return comparisons.size();
            }
        });
    }

    @Override
    public List<ShadowComparison> comparisons(String shadowId, Instant fromOrNull, Instant toOrNull) {
        return Sql.run("read comparisons of " + shadowId, () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT compared_at, primary_result,"
                    + " shadow_result, primary_latency, shadow_latency, agreement FROM shadow_comparisons"
                    + " WHERE shadow_id = ? AND compared_at >= ? AND compared_at <= ? ORDER BY compared_at, id")) {
                select.setString(1, shadowId);
                TimeRange.bind(select, 2, fromOrNull, toOrNull);
                List<ShadowComparison> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(new ShadowComparison(Sql.getInstant(rows, "compared_at"),
                                rows.getString("primary_result"), rows.getString("shadow_result"),
                                rows.getDouble("primary_latency"), rows.getDouble("shadow_latency"),
                                rows.getBoolean("agreement")));
                    }
                }
                return found;
            }
        });
    }

    @Override
    public long count(String shadowId) {
        return countWhere(shadowId, "");
    }

    private long countWhere(String shadowId, String condition) {
        return Sql.run("count comparisons of " + shadowId, () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM shadow_comparisons WHERE shadow_id = ?" + condition)) {
                select.setString(1, shadowId);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** Sized from a count first; the caller reads in one snapshot, so the count matches the rows. */
    @Override
    public LatencyColumns latencyColumns(String shadowId) {
        long expected = count(shadowId);
        long agreements = countWhere(shadowId, " AND agreement");
        return Sql.run("read latencies of " + shadowId, () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT primary_latency, shadow_latency"
                    + " FROM shadow_comparisons WHERE shadow_id = ?")) {
                select.setString(1, shadowId);
                select.setFetchSize(10_000);
                double[] primary = new double[Math.toIntExact(expected)];
                double[] shadow = new double[primary.length];
                int n = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (n == primary.length) {
                            primary = Arrays.copyOf(primary, Math.max(16, n * 2));
                            shadow = Arrays.copyOf(shadow, primary.length);
                        }
                        primary[n] = rows.getDouble(1);
                        shadow[n] = rows.getDouble(2);
                        n++;
                    }
                }
                return n == primary.length ? new LatencyColumns(primary, shadow, agreements)
                        : new LatencyColumns(Arrays.copyOf(primary, n), Arrays.copyOf(shadow, n), agreements);
            }
        });
    }
}
