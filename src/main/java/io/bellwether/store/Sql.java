package io.bellwether.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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

    @FunctionalInterface
    interface JdbcWork<T> {
        T run() throws SQLException;
    }
}
