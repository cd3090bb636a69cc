package io.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;

/** JDBC work on one connection, inside a transaction someone else commits or rolls back. */
@FunctionalInterface
public interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
}
