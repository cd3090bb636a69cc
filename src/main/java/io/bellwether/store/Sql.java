package io.bellwether.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC conversions shared by the stores. */
final class Sql {
    private Sql() {
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    static Instant getInstant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Whether {@code connection} is to PostgreSQL (team mode) rather than H2, where their SQL differs. */
    static boolean isPostgres(java.sql.Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /**
     * Runs JDBC work, turning a SQLException into a {@link StoreException} that says what was being done.
     * A driver that ran out of memory (H2 wraps the error in its own exceptions) throws the
     * {@link OutOfMemoryError} itself: the input was not at fault, the process's memory was.
     */
    static <T> T run(String doing, JdbcWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            OutOfMemoryError outOfMemory = outOfMemoryIn(e);
            if (outOfMemory != null) {
                throw outOfMemory;
            }
            throw new StoreException("Could not " + doing + ": " + e.getMessage(), e);
        }
    }

    private static OutOfMemoryError outOfMemoryIn(SQLException failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 16; cause = cause.getCause(), depth++) {
            if (cause instanceof OutOfMemoryError error) {
                return error;
            }
        }
        return failure.getErrorCode() == org.h2.api.ErrorCode.OUT_OF_MEMORY
                ? new OutOfMemoryError(failure.getMessage()) : null;
    }

    /** Every row of {@code select}'s result, in order, as {@code row} reads it. */
    static <T> List<T> all(PreparedStatement select, Row<T> row) throws SQLException {
        List<T> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(row.read(rows));
            }
        }
        return found;
    }

    /** The first row of {@code select}'s result as {@code row} reads it, if there is one. */
    static <T> Optional<T> first(PreparedStatement select, Row<T> row) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(row.read(rows)) : Optional.empty();
        }
    }

    /** The first row {@code sql} gives with {@code keys} bound to its parameters in order, as {@code row} reads it. */
    static <T> Optional<T> first(java.sql.Connection connection, String sql, Row<T> row, String... keys)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                select.setString(i + 1, keys[i]);
            }
            return first(select, row);
        }
    }

    /**
     * Sets the row whose {@code key} column is {@code values[0]} to {@code values} (in the order of
     * {@code key, columns}), inserting it if there is none: an UPDATE, then an INSERT when it matched no
     * row, so H2 and PostgreSQL run the same SQL. Writers are serialised (the workspace's write lock),
     * so nothing inserts the row between the two. Instants are stored as UTC timestamps.
     */
    static int upsert(java.sql.Connection connection, String table, String key, List<String> columns,
                      Object... values) throws SQLException {
        String assignments = String.join(" = ?, ", columns) + " = ?";
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET " + assignments + " WHERE " + key + " = ?")) {
            for (int i = 1; i < values.length; i++) {
                bind(update, i, values[i]);
            }
            bind(update, values.length, values[0]);
            int updated = update.executeUpdate();
            if (updated > 0) {
                return updated;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + key + ", "
                + String.join(", ", columns) + ") VALUES (?" + ", ?".repeat(columns.size()) + ")")) {
            for (int i = 0; i < values.length; i++) {
                bind(insert, i + 1, values[i]);
            }
            return insert.executeUpdate();
        }
    }

    /** Inserts one row of {@code values} (in the order of {@code columns}) and returns its generated id. */
    static long insert(java.sql.Connection connection, String table, List<String> columns, Object... values)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " ("
                + String.join(", ", columns) + ") VALUES (?" + ", ?".repeat(columns.size() - 1) + ")",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                bind(insert, i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            setInstant(statement, index, instant);
        } else {
            statement.setObject(index, value);
        }
    }

    @FunctionalInterface
    interface JdbcWork<T> {
        T run() throws SQLException;
    }

    /** Reads the current row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
