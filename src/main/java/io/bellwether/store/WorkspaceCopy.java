package io.bellwether.store;

import io.bellwether.domain.InvalidInputException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies every row of one workspace into another, empty one of the same schema version, whichever
 * engine each is on: the source read in one snapshot, the target written in one transaction, so the
 * target ends with all of it or none of it. Rows travel unchanged (keys, the audit chain's hashes, shadow
 * segments byte for byte) through a small queue between the two threads, so memory stays bounded.
 */
public final class WorkspaceCopy {
    /** Tables the migrations fill with one row of their own: the copy replaces that row with the source's. */
    static final Set<String> SEEDED = Set.of("audit_genesis", "audit_chain_head");
    private static final int QUEUED_ROWS = 4_096;
    private static final long QUEUED_BYTES = 16L << 20;

    private WorkspaceCopy() {
    }

    /**
     * @return the rows copied per table, in the order they were written
     * @throws InvalidInputException when the target holds anything or its schema differs; it is unchanged then
     */
    public static Map<String, Long> copy(Tables from, String fromShown, Tables to, String toShown) {
        Schema source = from.readTables(Schema::of);
        RowPipe pipe = new RowPipe(QUEUED_ROWS, QUEUED_BYTES);
        Thread reader = new Thread(() -> pipe.fill(() -> from.readTables(connection -> {
            TableRows.send(connection, source.tables(), pipe);
            return null;
        })), "bellwether-copy-reader");
        reader.setDaemon(true);
        try {
            return to.writeTables(connection -> {
                source.requireSameAs(Schema.of(connection), fromShown, toShown);
                requireEmpty(connection, source.tables(), toShown);
                reader.start();
                Map<String, Long> copied = new LinkedHashMap<>();
                for (TableShape table : source.tables()) {
                    if (SEEDED.contains(table.name())) {
                        try (Statement delete = connection.createStatement()) {
                            delete.executeUpdate("DELETE FROM " + table.name());
                        }
                    }
                    copied.put(table.name(), TableRows.receive(connection, table, pipe));
                    table.restartIdentity(connection);
                }
                pipe.awaitEnd();
                return copied;
            });
        } finally {
            pipe.close();
        }
    }

    private static void requireEmpty(Connection target, List<TableShape> tables, String toShown) throws SQLException {
        for (TableShape table : tables) {
            long rows = table.count(target);
            if (rows > 0 && !SEEDED.contains(table.name())) {
                throw new InvalidInputException("--to", toShown, "is not empty: its table " + table.name()
                        + " holds " + (rows == 1 ? "1 row" : rows + " rows") + "; copy only into a new workspace");
            }
        }
    }

    /** A workspace's tables and the migrations that made them. */
    private record Schema(List<TableShape> tables, List<String> migrations) {
        static Schema of(Connection connection) throws SQLException {
            return new Schema(TableShape.all(connection), TableShape.migrations(connection));
        }

        void requireSameAs(Schema target, String fromShown, String toShown) {
            if (!migrations.equals(target.migrations())) {
                throw new InvalidInputException("--to", toShown, "has schema version " + last(target.migrations())
                        + ", " + fromShown + " has " + last(migrations) + ": open both with the same Bellwether");
            }
            Map<String, List<String>> columns = new LinkedHashMap<>();
            target.tables().forEach(t -> columns.put(t.name(), t.columnNames()));
            for (TableShape table : tables) {
                if (!table.columnNames().equals(columns.get(table.name()))) {
                    throw new InvalidInputException("--to", toShown, "has another shape of table " + table.name()
                            + " than " + fromShown);
                }
            }
        }

        private static String last(List<String> migrations) {
            return migrations.isEmpty() ? "none" : migrations.get(migrations.size() - 1);
        }
    }
}
