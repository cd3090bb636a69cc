package io.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * JDBC for the shadow comparison tables of V7: {@code shadow_segments} (sealed, one BLOB row of
 * {@value #SIZE} comparisons each, numbered from 0) and {@code shadow_tail} (the open segment's
 * rows, fewer than {@value #SIZE} per shadow). Every shadow's comparison {@code n} (from 0) lives
 * in segment {@code n / SIZE}, or in the tail when that segment is not sealed yet.
 */
final class ShadowSegments {
    static final int SIZE = 65_536;
    private static final int TAIL_BATCH = 1_000;

    private ShadowSegments() {
    }

    /**
     * How many comparisons the shadow holds, from the last number of its tail or of its sealed segments (two
     * key lookups), so that recording one comparison writes no counter row. Ordered by the whole key so that
     * H2 reads the primary key backwards instead of scanning the shadow's rows.
     */
    static long count(Connection connection, int shadowKey) throws SQLException {
        long lastInTail = last(connection, "SELECT comparison_no FROM shadow_tail WHERE shadow_key = ?"
                + " ORDER BY shadow_key DESC, comparison_no DESC FETCH FIRST 1 ROWS ONLY", shadowKey);
        if (lastInTail >= 0) {
            return lastInTail + 1;
        }
        return (last(connection, "SELECT segment_no FROM shadow_segments WHERE shadow_key = ?"
                + " ORDER BY shadow_key DESC, segment_no DESC FETCH FIRST 1 ROWS ONLY", shadowKey) + 1) * SIZE;
    }

    /** The one number {@code select} finds for the shadow, or -1. */
    static long last(Connection connection, String select, int shadowKey) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setInt(1, shadowKey);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    /** Receives each segment read, decoded into a reused block. */
    @FunctionalInterface
    interface BlockSink {
        void accept(ComparisonBlock block) throws SQLException;
    }

    static void insertSegment(Connection connection, int shadowKey, long segmentNo, ComparisonBlock block)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shadow_segments (shadow_key,"
                + " segment_no, row_count, first_micros, last_micros, data, results) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, shadowKey);
            insert.setLong(2, segmentNo);
            insert.setInt(3, block.size());
            insert.setLong(4, block.minMicros());
            insert.setLong(5, block.maxMicros());
            insert.setBytes(6, SegmentCodec.data(block));
            insert.setBytes(7, SegmentCodec.results(block));
            insert.executeUpdate();
        }
    }

    /** Inserts the block's comparisons into the tail as numbers {@code firstNo}, {@code firstNo + 1}, … */
    static void insertTail(Connection connection, int shadowKey, long firstNo, ComparisonBlock block)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shadow_tail (shadow_key,"
                + " comparison_no, compared_micros, primary_latency, shadow_latency, agreement, primary_result,"
                + " shadow_result) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < block.size(); i++) {
                insert.setInt(1, shadowKey);
                insert.setLong(2, firstNo + i);
                insert.setLong(3, block.micros[i]);
                insert.setDouble(4, block.primary[i]);
                insert.setDouble(5, block.shadow[i]);
                insert.setBoolean(6, block.agreement[i]);
                insert.setString(7, block.primaryResult[i]);
                insert.setString(8, block.shadowResult[i]);
                if (block.size() == 1) {
                    insert.executeUpdate();
                } else {
                    insert.addBatch();
                    if ((i + 1) % TAIL_BATCH == 0 || i + 1 == block.size()) {
                        insert.executeBatch();
                    }
                }
            }
        }
    }

    /** Reads the shadow's tail rows, oldest number first, into {@code block} (which is reset). */
    static void readTail(Connection connection, int shadowKey, boolean withResults, ComparisonBlock block)
            throws SQLException {
        block.reset(0);
        try (PreparedStatement select = connection.prepareStatement("SELECT compared_micros, primary_latency,"
                + " shadow_latency, agreement" + (withResults ? ", primary_result, shadow_result" : "")
                + " FROM shadow_tail WHERE shadow_key = ? ORDER BY comparison_no")) {
            select.setInt(1, shadowKey);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    block.add(rows.getLong(1), rows.getDouble(2), rows.getDouble(3), rows.getBoolean(4),
                            withResults ? rows.getString(5) : null, withResults ? rows.getString(6) : null);
                }
            }
        }
    }

    static void deleteTail(Connection connection, int shadowKey) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM shadow_tail WHERE shadow_key = ?")) {
            delete.setInt(1, shadowKey);
            delete.executeUpdate();
        }
    }

    /**
     * Decodes, in segment order, every sealed segment of the shadow whose time range overlaps
     * [{@code fromMicros}, {@code toMicros}]; the others are not read.
     */
    static void readSegments(Connection connection, int shadowKey, long fromMicros, long toMicros, boolean withResults,
                             BlockSink sink) throws SQLException {
        ComparisonBlock block = new ComparisonBlock(SIZE);
        try (PreparedStatement select = connection.prepareStatement("SELECT data" + (withResults ? ", results" : "")
                + " FROM shadow_segments WHERE shadow_key = ? AND last_micros >= ? AND first_micros <= ?"
                + " ORDER BY segment_no")) {
            select.setInt(1, shadowKey);
            select.setLong(2, fromMicros);
            select.setLong(3, toMicros);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    SegmentCodec.decode(rows.getBytes(1), block);
                    if (withResults) {
                        SegmentCodec.decodeResults(rows.getBytes(2), block);
                    }
                    sink.accept(block);
                }
            }
        }
    }
}
