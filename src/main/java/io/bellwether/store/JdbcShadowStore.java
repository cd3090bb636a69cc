package io.bellwether.store;

import io.bellwether.application.port.out.ShadowStore;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;



/**
 * Shadow deployments as rows; comparisons appended as rows in JDBC batches, keyed
 * {@code shadow_key * 2^40 + n} so that each shadow's comparisons are one range of the primary key.
 */
final class JdbcShadowStore implements ShadowStore {
    private static final int INSERT_BATCH = 1_000;
    private static final int KEY_SHIFT = 40;
    private static final String SHADOW_COLUMNS = "shadow_id, primary_model, shadow_model, traffic_percentage, created_at";

    private final Connection connection;

    JdbcShadowStore(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<ShadowDeployment> find(String shadowId) {
        return Sql.run("read shadow deployment " + shadowId, () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + SHADOW_COLUMNS + " FROM shadow_deployments WHERE shadow_id = ?")) {
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
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shadow_deployments ("
                    + SHADOW_COLUMNS + ", shadow_key) VALUES (?, ?, ?, ?, ?,"
                    + " (SELECT COALESCE(MAX(shadow_key), 0) + 1 FROM shadow_deployments))")) {
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
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SHADOW_COLUMNS
                    + " FROM shadow_deployments ORDER BY created_at DESC, shadow_id DESC");
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

    /** The shadow's key and how many comparisons it holds. */
    private record Slot(long key, long count) {
        long firstId() {
            return key << KEY_SHIFT;
        }

        long lastId() {
            return firstId() + count;
        }
    }

    private Slot slot(String shadowId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT shadow_key, comparison_count FROM shadow_deployments WHERE shadow_id = ?")) {
            select.setString(1, shadowId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("no shadow deployment " + shadowId);
                }
                return new Slot(rows.getLong(1), rows.getLong(2));
            }
        }
    }

    @Override
    public void appendComparisons(String shadowId, List<ShadowComparison> comparisons) {
        Sql.run("store comparisons of " + shadowId, () -> {
            Slot slot = slot(shadowId);
            long nextId = slot.lastId() + 1;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shadow_comparisons (id,"
                    + " compared_at, primary_latency, shadow_latency, agreement) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement results = connection.prepareStatement("INSERT INTO shadow_comparison_results"
                         + " (comparison_id, primary_result, shadow_result) VALUES (?, ?, ?)")) {
                int pending = 0;
                for (ShadowComparison c : comparisons) {
                    long id = nextId++;
                    insert.setLong(1, id);
                    Sql.setInstant(insert, 2, c.timestamp());
                    insert.setDouble(3, c.primaryLatency());
                    insert.setDouble(4, c.shadowLatency());
                    insert.setBoolean(5, c.agreement());
                    if (c.primaryResultJson() != null || c.shadowResultJson() != null) {
                        results.setLong(1, id);
                        results.setString(2, c.primaryResultJson());
                        results.setString(3, c.shadowResultJson());
                        results.executeUpdate();
                    }
                    if (comparisons.size() == 1) {
                        insert.executeUpdate();
                    } else {
                        insert.addBatch();
                        if (++pending == INSERT_BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE shadow_deployments SET comparison_count = ? WHERE shadow_id = ?")) {
                update.setLong(1, slot.count() + comparisons.size());
                update.setString(2, shadowId);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public List<ShadowComparison> comparisons(String shadowId, Instant fromOrNull, Instant toOrNull) {
        return Sql.run("read comparisons of " + shadowId, () -> {
            Slot slot = slot(shadowId);
            try (PreparedStatement select = connection.prepareStatement("SELECT c.compared_at, r.primary_result,"
                    + " r.shadow_result, c.primary_latency, c.shadow_latency, c.agreement FROM shadow_comparisons c"
                    + " LEFT JOIN shadow_comparison_results r ON r.comparison_id = c.id"
                    + " WHERE c.id BETWEEN ? AND ? AND c.compared_at >= ? AND c.compared_at <= ?"
                    + " ORDER BY c.compared_at, c.id")) {
                select.setLong(1, slot.firstId());
                select.setLong(2, slot.lastId());
                TimeRange.bind(select, 3, fromOrNull, toOrNull);
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
        return Sql.run("count comparisons of " + shadowId, () -> slot(shadowId).count());
    }

    /**
     * One range scan of the primary key into primitive arrays. Keys follow insertion order, which is
     * time order unless batches were recorded out of order; only then are the columns sorted.
     */
    @Override
    public ShadowComparisonColumns columns(String shadowId) {
        return Sql.run("read comparison columns of " + shadowId, () -> {
            Slot slot = slot(shadowId);
            int capacity = Math.toIntExact(slot.count());
            double[] times = new double[capacity];
            double[] primary = new double[capacity];
            double[] shadow = new double[capacity];
            boolean[] agreement = new boolean[capacity];
            int n = 0;
            try (PreparedStatement select = connection.prepareStatement("SELECT compared_at, primary_latency,"
                    + " shadow_latency, agreement FROM shadow_comparisons WHERE id BETWEEN ? AND ?")) {
                select.setLong(1, slot.firstId());
                select.setLong(2, slot.lastId());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next() && n < capacity) {
                        Instant at = rows.getObject(1, OffsetDateTime.class).toInstant();
                        times[n] = at.getEpochSecond() + at.getNano() / 1e9;
                        primary[n] = rows.getDouble(2);
                        shadow[n] = rows.getDouble(3);
                        agreement[n] = rows.getBoolean(4);
                        n++;
                    }
                }
            }
            return ComparisonColumnOrder.oldestFirst(n, times, primary, shadow, agreement);
        });
    }
}
