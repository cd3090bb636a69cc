package io.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V12, for single writes near the store's floor (measured in one process against a bare one-row commit):
 * <ul>
 *   <li>drops the unique index on {@code audit_events.event_id}. Nothing looks an event up by that id, the
 *   chain's hashes cover it, and a random UUID lands in a random leaf of its index: that one index was about
 *   a third of the cost of recording a health check;</li>
 *   <li>drops {@code shadow_deployments.comparison_count} and {@code disagreement_count}: a shadow's counts
 *   are its last comparison's and disagreement's numbers plus one, so one recorded comparison no longer
 *   rewrites the shadow's row (that update was about a third of its cost).</li>
 * </ul>
 * A Java migration because each engine names the unique constraint its own way (H2 makes the name up).
 */
public final class V12__SingleWritesNearTheFloor extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (String constraint : uniqueOnEventId(connection)) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("ALTER TABLE audit_events DROP CONSTRAINT \"" + constraint.replace("\"", "\"\"") + "\"");
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE shadow_deployments DROP COLUMN comparison_count");
            ddl.execute("ALTER TABLE shadow_deployments DROP COLUMN disagreement_count");
        }
    }

    private static List<String> uniqueOnEventId(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT c.constraint_name"
                + " FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k"
                + " ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name"
                + " WHERE c.constraint_type = 'UNIQUE' AND LOWER(c.table_name) = 'audit_events'"
                + " AND LOWER(k.column_name) = 'event_id' AND c.table_schema = CURRENT_SCHEMA");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
