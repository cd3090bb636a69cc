package io.bellwether.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * H2's own count of bytes written to a database file, which unlike time does not depend on the
 * machine's load: the benches print it per call beside the bare commit's, at the end of a trial.
 */
final class WrittenBytes {
    private final String what;
    private long calls;
    private long before = -1;

    WrittenBytes(String what) {
        this.what = what;
    }

    /** Counts one call, reading the counter before the first. */
    void call(Connection connection) throws SQLException {
        if (before < 0) {
            before = of(connection);
        }
        calls++;
    }

    /** Prints bytes per call since the first call, if there was one. */
    void print(Connection connection) throws SQLException {
        if (calls > 0) {
            System.out.printf("%n%s: %,d bytes written per call over %,d calls%n", what,
                    (of(connection) - before) / calls, calls);
        }
    }

    /** A second in-process connection to the workspace's open H2 file (it shares the database). */
    static Connection workspaceConnection(Path database) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + database
                + ";WRITE_DELAY=0;LAZY_QUERY_EXECUTION=TRUE;CACHE_SIZE=65536;QUERY_CACHE_SIZE=64;TRACE_LEVEL_FILE=0");
    }

    private static long of(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE_BYTES'");
             ResultSet row = select.executeQuery()) {
            row.next();
            return Long.parseLong(row.getString(1));
        }
    }
}
