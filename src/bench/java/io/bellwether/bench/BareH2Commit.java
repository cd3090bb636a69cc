package io.bellwether.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor the store's single writes are measured against, in the same run: one prepared
 * single-row INSERT and COMMIT on a plain H2 connection with the workspace's URL settings.
 */
final class BareH2Commit implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement insert;
    private long calls;

    BareH2Commit(Path folder) {
        try {
            connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("bare")
                    + ";WRITE_DELAY=0;LAZY_QUERY_EXECUTION=TRUE;CACHE_SIZE=65536;QUERY_CACHE_SIZE=64");
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE rows_only (id BIGINT PRIMARY KEY, at BIGINT NOT NULL,"
                        + " primary_latency DOUBLE PRECISION NOT NULL, shadow_latency DOUBLE PRECISION NOT NULL,"
                        + " agreement BOOLEAN NOT NULL)");
            }
            connection.setAutoCommit(false);
            insert = connection.prepareStatement("INSERT INTO rows_only VALUES (?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void insertAndCommit() throws SQLException {
        calls++;
        insert.setLong(1, calls);
        insert.setLong(2, System.currentTimeMillis());
        insert.setDouble(3, 0.031);
        insert.setDouble(4, 0.029 + (calls % 7) * 1e-3);
        insert.setBoolean(5, calls % 25 != 0);
        insert.executeUpdate();
        connection.commit();
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
