package io.bellwether.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One table of a workspace as JDBC metadata describes it, names folded to lower case (H2 reports them in
 * upper case, PostgreSQL in lower): its columns in order and the one filled by an identity, if any.
 */
record TableShape(String name, List<String> columnNames, String identityColumn, Set<String> references) {
    static final String MIGRATIONS = "flyway_schema_history";

    /** Every table but the migrations' own, each after the tables its foreign keys point to. */
    static List<TableShape> all(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, TableShape> byName = new LinkedHashMap<>();
        try (ResultSet tables = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                if (!MIGRATIONS.equals(lower(table))) {
                    byName.put(lower(table), describe(meta, connection.getCatalog(), schema, table));
                }
            }
        }
        List<TableShape> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < byName.size()) {
            int before = placed.size();
            for (TableShape table : byName.values()) {
                if (!placed.contains(table.name()) && placed.containsAll(table.references())) {
                    ordered.add(table);
                    placed.add(table.name());
                }
            }
            if (placed.size() == before) {
                throw new SQLException("the workspace's foreign keys form a cycle: " + byName.keySet());
            }
        }
        return ordered;
    }

    /** The versioned migrations applied, in order, as {@code Vn (description)}. */
    static List<String> migrations(Connection connection) throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"description\" FROM \"" + MIGRATIONS
                     + "\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                applied.add("V" + rows.getString(1) + " (" + rows.getString(2) + ")");
            }
        }
        return applied;
    }

    private static TableShape describe(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        String identity = null;
        try (ResultSet rows = meta.getColumns(catalog, schema, table, "%")) {
            while (rows.next()) {
                String column = lower(rows.getString("COLUMN_NAME"));
                columns.add(column);
                if ("YES".equals(rows.getString("IS_AUTOINCREMENT"))) {
                    identity = column;
                }
            }
        }
        Set<String> references = new LinkedHashSet<>();
        try (ResultSet keys = meta.getImportedKeys(catalog, schema, table)) {
            while (keys.next()) {
                String referenced = lower(keys.getString("PKTABLE_NAME"));
                if (!referenced.equals(lower(table))) {
                    references.add(referenced);
                }
            }
        }
        return new TableShape(lower(table), List.copyOf(columns), identity, Set.copyOf(references));
    }

    long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + name)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    String select() {
        return "SELECT " + String.join(", ", columnNames) + " FROM " + name;
    }

    String insert() {
        return "INSERT INTO " + name + " (" + String.join(", ", columnNames) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columnNames.size(), "?")) + ")";
    }

    /** After rows came with their own keys, the identity continues after the highest one. */
    void restartIdentity(Connection connection) throws SQLException {
        if (identityColumn == null) {
            return;
        }
        long next;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(" + identityColumn + "), 0) + 1 FROM " + name)) {
            rows.next();
            next = rows.getLong(1);
        }
        String restart = Sql.isPostgres(connection)
                ? "SELECT setval(pg_get_serial_sequence('" + name + "', '" + identityColumn + "'), " + next + ", false)"
                : "ALTER TABLE " + name + " ALTER COLUMN " + identityColumn + " RESTART WITH " + next;
        try (Statement statement = connection.createStatement()) {
            statement.execute(restart);
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
