package io.bellwether.store;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.out.AuditStore;
import io.bellwether.application.port.out.StoredAuditEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Audit events as rows, exactly as hashed: enum names and details JSON kept as text. */
record JdbcAuditStore(Connection connection) implements AuditStore {
    private static final String COLUMNS = "sequence, event_id, occurred_at, event_type, severity, user_name,"
            + " resource_type, resource_id, action, details, previous_hash, hash";

    @Override
    public Optional<StoredAuditEvent> last() {
        return Sql.run("read the last audit event", () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_events ORDER BY sequence DESC LIMIT 1")) {
                return Sql.first(select, JdbcAuditStore::event);
            }
        });
    }

    @Override
    public void append(StoredAuditEvent e) {
        Sql.run("store audit event " + e.sequence(), () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_events (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, e.sequence());
                insert.setString(2, e.eventId());
                Sql.setInstant(insert, 3, e.timestamp());
                insert.setString(4, e.type());
                insert.setString(5, e.severity());
                insert.setString(6, e.user());
                insert.setString(7, e.resourceType());
                insert.setString(8, e.resourceId());
                insert.setString(9, e.action());
                insert.setString(10, e.detailsJson());
                insert.setString(11, e.previousHash());
                insert.setString(12, e.hash());
                insert.executeUpdate();
            }
            Sql.upsert(connection, "audit_chain_head", "id", List.of("last_sequence", "last_hash"),
                    1, e.sequence(), e.hash());
            AuditAnchors.anchor(connection, e);
            return null;
        });
    }

    @Override
    public Optional<String> unanchoredRow() {
        return Sql.run("check the audit anchors", () -> AuditAnchors.firstBroken(connection));
    }

    @Override
    public boolean hasGenesis() {
        return Sql.run("read the audit genesis record", () -> AuditAnchors.hasGenesis(connection));
    }

    @Override
    public Optional<ChainHead> head() {
        return Sql.run("read the audit chain head", () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new ChainHead(rows.getLong(1), rows.getString(2))) : Optional.empty();
            }
        });
    }

    @Override
    public List<StoredAuditEvent> query(AuditQuery q) {
        return Sql.run("query the audit trail", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_events"
                    + " WHERE (CAST(? AS VARCHAR) IS NULL OR event_type = ?)"
                    + " AND (CAST(? AS VARCHAR) IS NULL OR user_name = ?)"
                    + " AND (CAST(? AS VARCHAR) IS NULL OR severity = ?)"
                    + " AND (CAST(? AS VARCHAR) IS NULL OR resource_id = ?)"
                    + " AND occurred_at >= ? AND occurred_at <= ? ORDER BY sequence")) {
                bindOptional(select, 1, q.type() == null ? null : q.type().name());
                bindOptional(select, 3, q.user());
                bindOptional(select, 5, q.severity() == null ? null : q.severity().name());
                bindOptional(select, 7, q.resourceId());
                TimeRange.bind(select, 9, q.from(), q.to());
                return Sql.all(select, JdbcAuditStore::event);
            }
        });
    }

    private static void bindOptional(PreparedStatement statement, int first, String value) throws SQLException {
        statement.setString(first, value);
        statement.setString(first + 1, value);
    }

    @Override
    public void forEachInOrder(Consumer<StoredAuditEvent> visitor) {
        Sql.run("read the audit trail", () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_events ORDER BY sequence")) {
                select.setFetchSize(1_000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        visitor.accept(event(rows));
                    }
                }
                return null;
            }
        });
    }

    private static StoredAuditEvent event(ResultSet rows) throws SQLException {
        return new StoredAuditEvent(rows.getLong("sequence"), rows.getString("event_id"),
                Sql.getInstant(rows, "occurred_at"), rows.getString("event_type"), rows.getString("severity"),
                rows.getString("user_name"), rows.getString("resource_type"), rows.getString("resource_id"),
                rows.getString("action"), rows.getString("details"), rows.getString("previous_hash"),
                rows.getString("hash"));
    }
}
