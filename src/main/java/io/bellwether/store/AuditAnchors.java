package io.bellwether.store;

import io.bellwether.application.port.out.StoredAuditEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit chain's anchors in the rows its events change (V6): an appended event anchors the row it
 * names (deployment, shadow deployment, model version) and the promotion request or hook call its
 * details name; verify looks for a row whose anchor matches no stored event.
 */
final class AuditAnchors {
    private static final Pattern REQUEST_ID = Pattern.compile("\"request_id\":(\\d+)[,}]");
    private static final Pattern HOOK_CALL_ID = Pattern.compile("\"hook_call_id\":(\\d+)[,}]");
    private static final String SET = " SET audit_sequence = ?, audit_hash = ? WHERE ";
    /** Each anchored table: how its rows are named in messages. */
    private static final String[][] TABLES = {
            {"deployments", "'deployment ' || r.deployment_id"},
            {"shadow_deployments", "'shadow deployment ' || r.shadow_id"},
            {"model_versions", "'model ' || r.name || ':' || r.version"},
            {"promotion_requests", "'promotion request ' || r.id"},
            {"traffic_hook_calls", "'traffic hook call ' || r.id"}};

    private AuditAnchors() {
    }

    static void anchor(Connection connection, StoredAuditEvent e) throws SQLException {
        switch (e.resourceType()) {
            case "deployment" -> update(connection, e, "deployments" + SET + "deployment_id = ?", e.resourceId());
            case "shadow_deployment" -> update(connection, e, "shadow_deployments" + SET + "shadow_id = ?",
                    e.resourceId());
            case "model" -> update(connection, e, "model_versions" + SET + "name || ':' || version = ?",
                    e.resourceId());
            default -> {
            }
        }
        Matcher request = REQUEST_ID.matcher(e.detailsJson());
        if ("model".equals(e.resourceType()) && request.find()) {
            update(connection, e, "promotion_requests" + SET + "id = ?", Long.parseLong(request.group(1)));
        }
        Matcher call = HOOK_CALL_ID.matcher(e.detailsJson());
        if (e.type().startsWith("TRAFFIC_HOOK_") && call.find()) {
            update(connection, e, "traffic_hook_calls" + SET + "id = ?", Long.parseLong(call.group(1)));
        }
    }

    /** The first row (by anchor) whose anchor names no stored event or another event's hash. */
    static Optional<String> firstBroken(Connection connection) throws SQLException {
        StringBuilder union = new StringBuilder();
        for (String[] table : TABLES) {
            union.append(union.length() == 0 ? "" : " UNION ALL ").append("SELECT ").append(table[1])
                    .append(" AS row_name, r.audit_sequence AS anchored FROM ").append(table[0])
                    .append(" r LEFT JOIN audit_events e ON e.sequence = r.audit_sequence")
                    .append(" WHERE e.hash IS NULL OR e.hash <> r.audit_hash");
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT row_name, anchored FROM (" + union + ") AS broken ORDER BY anchored NULLS FIRST LIMIT 1");
             ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            String row = rows.getString(1);
            long anchored = rows.getLong(2);
            return Optional.of(row + (rows.wasNull() ? " has no audit anchor"
                    : " was last changed by audit event " + anchored + ", which is missing or was rewritten"));
        }
    }

    static boolean hasGenesis(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM audit_genesis");
             ResultSet rows = select.executeQuery()) {
            return rows.next() && rows.getLong(1) == 1;
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1) {
                return false;
            }
            throw e;
        }
    }

    private static void update(Connection connection, StoredAuditEvent e, String sql, Object key)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + sql)) {
            update.setLong(1, e.sequence());
            update.setString(2, e.hash());
            update.setObject(3, key);
            update.executeUpdate();
        }
    }
}
