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

    /** Runs JDBC work, turning a SQLException into a {@link StoreException} that says what was being done. */
    static <T> T run(String doing, JdbcWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("Could not " + doing + ": " + e.getMessage(), e);
        }
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
