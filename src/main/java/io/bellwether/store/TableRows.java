package io.bellwether.store;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Moves a table's rows between two connections through a {@link RowPipe}, values as the drivers give them. */
final class TableRows {
    private static final int BATCH = 1_000;
    /** A batch is sent before it holds more than this: a thousand shadow segments would be over a gigabyte. */
    private static final long BATCH_BYTES = 8L << 20;

    private TableRows() {
    }

    /** Sends every row of every table, each table's rows followed by its end. */
    static void send(Connection source, List<TableShape> tables, RowPipe pipe) throws SQLException {
        for (TableShape table : tables) {
            try (Statement statement = source.createStatement()) {
                statement.setFetchSize(BATCH);
                try (ResultSet rows = statement.executeQuery(table.select())) {
                    int columns = table.columnNames().size();
                    while (rows.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = portable(rows.getObject(i + 1));
                        }
                        pipe.put(row);
                    }
                }
            }
            pipe.endTable();
        }
    }

    /** Writes one table's rows as they arrive; returns how many. */
    static long receive(Connection target, TableShape table, RowPipe pipe) throws SQLException {
        long written = 0;
        int batched = 0;
        long batchedBytes = 0;
        try (PreparedStatement insert = target.prepareStatement(table.insert())) {
            for (Object[] row = pipe.take(); row != null; row = pipe.take()) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
                written++;
                batchedBytes += RowPipe.bytesOf(row);
                if (++batched == BATCH || batchedBytes >= BATCH_BYTES) {
                    insert.executeBatch();
                    batched = 0;
                    batchedBytes = 0;
                }
            }
            insert.executeBatch();
        }
        return written;
    }

    /** H2 hands out large objects, which PostgreSQL's bytea and text do not take: their bytes and text do. */
    private static Object portable(Object value) throws SQLException {
        if (value instanceof Blob blob) {
            return blob.getBytes(1, Math.toIntExact(blob.length()));
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, Math.toIntExact(clob.length()));
        }
        return value;
    }
}
