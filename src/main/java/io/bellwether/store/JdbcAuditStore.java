package io.bellwether.store;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.out.AuditStore;
import io.bellwether.application.port.out.StoredAuditEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Audit events as rows, exactly as hashed: enum names and details JSON kept as text. */
record JdbcAuditStore(Connection connection, WriterMemory memory) implements AuditStore {
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
            memory.headIs(new ChainHead(e.sequence(), e.hash()));
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

    /** The head row, read once per writer and then remembered (verify compares it with the last event). */
    @Override
    public Optional<ChainHead> head() {
        Optional<ChainHead> remembered = memory.head();
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<ChainHead> stored = storedHead();
        stored.ifPresent(memory::headIs);
        return stored;
    }

    private Optional<ChainHead> storedHead() {
        return Sql.run("read the audit chain head", () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new ChainHead(rows.getLong(1), rows.getString(2))) : Optional.empty();
            }
        });
    }

    /**
     * Only the filters given become conditions, so the resource and time indexes serve the query on both
     * engines (an "is the parameter null" test would hide them from the planner).
     */
    @Override
    public List<StoredAuditEvent> query(AuditQuery q) {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        condition(conditions, values, "event_type", q.type() == null ? null : q.type().name());
        condition(conditions, values, "user_name", q.user());
        condition(conditions, values, "severity", q.severity() == null ? null : q.severity().name());
        condition(conditions, values, "resource_id", q.resourceId());
        conditions.add("occurred_at >= ? AND occurred_at <= ?");
        return Sql.run("query the audit trail", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_events"
                    + " WHERE " + String.join(" AND ", conditions) + " ORDER BY sequence")) {
                for (int i = 0; i < values.size(); i++) {
                    select.setString(i + 1, values.get(i));
                }
                TimeRange.bind(select, values.size() + 1, q.from(), q.to());
                return Sql.all(select, JdbcAuditStore::event);
            }
        });
    }

    private static void condition(List<String> conditions, List<String> values, String column, String valueOrNull) {
        if (valueOrNull != null) {
            conditions.add(column + " = ?");
            values.add(valueOrNull);
        }
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
