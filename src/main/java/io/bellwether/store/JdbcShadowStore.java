package io.bellwether.store;

import io.bellwether.application.port.out.ComparisonAppender;
import io.bellwether.application.port.out.ShadowStore;
import io.bellwether.domain.Disagreement;
import io.bellwether.domain.DisagreementFilter;
import io.bellwether.domain.DisagreementPairCount;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shadow deployments as rows; their comparisons in sealed columnar segments and an open tail
 * ({@link ShadowSegments}), appended by {@link JdbcComparisonAppender} and read by {@link ComparisonScan}.
 */
record JdbcShadowStore(Connection connection, WriterMemory memory) implements ShadowStore {
    private static final String SHADOW_COLUMNS = "shadow_id, primary_model, shadow_model, traffic_percentage, created_at";

    @Override
    public Optional<ShadowDeployment> find(String shadowId) {
        return Sql.run("read shadow deployment " + shadowId, () -> Sql.first(connection,
                "SELECT " + SHADOW_COLUMNS + " FROM shadow_deployments WHERE shadow_id = ?", JdbcShadowStore::shadow,
                shadowId));
    }

    @Override
    public boolean exists(String shadowId) {
        return Sql.run("look up shadow deployment " + shadowId, () -> Sql.first(connection,
                "SELECT 1 FROM shadow_deployments WHERE shadow_id = ?", rows -> true, shadowId).isPresent());
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

    /** The shadow's slot, as the writer remembers it or as its row and its last comparison's number give it. */
    private Optional<ShadowSlot> slot(String shadowId) throws SQLException {
        Optional<ShadowSlot> remembered = memory.shadow(shadowId);
        if (remembered.isPresent()) {
            return remembered;
        }
        int key;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT shadow_key FROM shadow_deployments WHERE shadow_id = ?")) {
            select.setString(1, shadowId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                key = rows.getInt(1);
            }
        }
        ShadowSlot slot = new ShadowSlot(key, ShadowSegments.count(connection, key));
        memory.shadowIs(shadowId, slot);
        return Optional.of(slot);
    }

    private ShadowSlot requireSlot(String shadowId) throws SQLException {
        return slot(shadowId).orElseThrow(() -> new SQLException("no shadow deployment " + shadowId));
    }

    @Override
    public Optional<ComparisonAppender> appender(String shadowId) {
        return Sql.run("look up shadow deployment " + shadowId, () -> slot(shadowId)
                .map(slot -> new JdbcComparisonAppender(connection, shadowId, slot.key(), slot.count(), true,
                        stored -> memory.shadowIs(shadowId, new ShadowSlot(slot.key(), stored)))));
    }

    @Override
    public List<ShadowComparison> comparisons(String shadowId, Instant fromOrNull, Instant toOrNull) {
        return Sql.run("read comparisons of " + shadowId, () ->
                new ComparisonScan(connection, requireSlot(shadowId).key()).comparisons(fromOrNull, toOrNull));
    }

    @Override
    public long count(String shadowId) {
        return Sql.run("count comparisons of " + shadowId, () -> requireSlot(shadowId).count());
    }

    /** One pass over the sealed segments and the tail into primitive arrays, sorted only when recorded out of order. */
    @Override
    public ShadowComparisonColumns columns(String shadowId) {
        return Sql.run("read comparison columns of " + shadowId, () -> {
            ShadowSlot slot = requireSlot(shadowId);
            return new ComparisonScan(connection, slot.key()).columns(slot.count());
        });
    }

    @Override
    public List<Disagreement> disagreements(String shadowId, DisagreementFilter filter, long offset, int limit) {
        return Sql.run("read disagreements of " + shadowId, () ->
                new DisagreementQueries(connection, requireSlot(shadowId).key(), filter).page(offset, limit));
    }

    @Override
    public long countDisagreements(String shadowId, DisagreementFilter filter) {
        return Sql.run("count disagreements of " + shadowId, () ->
                new DisagreementQueries(connection, requireSlot(shadowId).key(), filter).count());
    }

    @Override
    public List<DisagreementPairCount> disagreementPairs(String shadowId, DisagreementFilter filter) {
        return Sql.run("count disagreements per result pair of " + shadowId, () ->
                new DisagreementQueries(connection, requireSlot(shadowId).key(), filter).pairs());
    }
}
