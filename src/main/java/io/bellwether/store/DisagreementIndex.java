package io.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@code shadow_disagreements} for one shadow: one row per disagreeing comparison, with its
 * time, both latencies, how much slower the shadow was and both results, numbered densely from 0 in
 * comparison-time order (recording order between equal times; V11), so that their count is the last
 * number plus one and "newest first" is a key range and the browser
 * never decodes a segment. Comparisons that arrive older than the newest indexed renumber the rows
 * after them (usually a few: late ones are rarely much late). Used by the appender for the
 * comparisons it adds, whether they go to a segment or to the tail, in the same transaction.
 */
final class DisagreementIndex {
    private static final int BATCH = 1_000;
    private static final String COLUMNS = "comparison_no, compared_micros, primary_latency, shadow_latency,"
            + " primary_result, shadow_result";

    private record Row(long comparisonNo, long micros, double primary, double shadow, String primaryResult,
                       String shadowResult) {
    }

    private final Connection connection;
    private final int shadowKey;
    private final boolean inTimeOrder;
    private long count = -1;

    DisagreementIndex(Connection connection, int shadowKey) {
        this(connection, shadowKey, true);
    }

    private DisagreementIndex(Connection connection, int shadowKey, boolean inTimeOrder) {
        this.connection = connection;
        this.shadowKey = shadowKey;
        this.inTimeOrder = inTimeOrder;
    }

    /** For V8's backfill: the V8 columns in recording order (V11 adds slower_by and renumbers by time). */
    static DisagreementIndex beforeV11(Connection connection, int shadowKey) {
        return new DisagreementIndex(connection, shadowKey, false);
    }

    /** Indexes the disagreements of {@code block}, whose comparisons are numbered from {@code firstNo}. */
    void insert(long firstNo, ComparisonBlock block) throws SQLException {
        List<Row> added = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            if (!block.agreement[i]) {
                added.add(new Row(firstNo + i, block.micros[i], block.primary[i], block.shadow[i],
                        block.primaryResult[i], block.shadowResult[i]));
            }
        }
        if (added.isEmpty()) {
            return;
        }
        long next = count();
        if (!inTimeOrder) {
            write(added, next);
        } else {
            added.sort(Comparator.comparingLong(Row::micros));
            long cut = next == 0 ? 0 : firstAfter(connection, shadowKey, added.get(0).micros(), next);
            List<Row> moved = cut == next ? List.of() : takeFrom(cut);
            write(merged(moved, added), cut);
        }
        count = next + added.size();
    }

    /** Rows numbered {@code cut} and after, in order, deleted to be numbered again. */
    private List<Row> takeFrom(long cut) throws SQLException {
        List<Row> moved;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM shadow_disagreements"
                + " WHERE shadow_key = ? AND disagreement_no >= ? ORDER BY disagreement_no")) {
            select.setInt(1, shadowKey);
            select.setLong(2, cut);
            moved = Sql.all(select, r -> new Row(r.getLong(1), r.getLong(2), r.getDouble(3), r.getDouble(4),
                    r.getString(5), r.getString(6)));
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM shadow_disagreements WHERE shadow_key = ? AND disagreement_no >= ?")) {
            delete.setInt(1, shadowKey);
            delete.setLong(2, cut);
            delete.executeUpdate();
        }
        return moved;
    }

    /** Both in time order, the ones indexed before first between equal times. */
    private static List<Row> merged(List<Row> before, List<Row> added) {
        List<Row> all = new ArrayList<>(before.size() + added.size());
        int i = 0;
        int j = 0;
        while (i < before.size() || j < added.size()) {
            boolean takeBefore = j == added.size() || i < before.size() && before.get(i).micros() <= added.get(j).micros();
            all.add(takeBefore ? before.get(i++) : added.get(j++));
        }
        return all;
    }

    private void write(List<Row> rows, long firstNumber) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shadow_disagreements (shadow_key,"
                + " disagreement_no, " + COLUMNS + (inTimeOrder ? ", slower_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
            long number = firstNumber;
            int pending = 0;
            for (Row row : rows) {
                Object[] values = {shadowKey, number++, row.comparisonNo(), row.micros(), row.primary(), row.shadow(),
                    row.primaryResult(), row.shadowResult(), row.shadow() - row.primary()};
                for (int i = 0; i < (inTimeOrder ? values.length : values.length - 1); i++) {
                    Sql.bind(insert, i + 1, values[i]);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private long count() throws SQLException {
        if (count < 0) {
            count = stored(connection, shadowKey);
        }
        return count;
    }

    /** How many disagreements the shadow holds: its last number plus one (a key lookup). */
    static long stored(Connection connection, int shadowKey) throws SQLException {
        return ShadowSegments.last(connection, "SELECT disagreement_no FROM shadow_disagreements WHERE shadow_key = ?"
                + " ORDER BY shadow_key DESC, disagreement_no DESC FETCH FIRST 1 ROWS ONLY", shadowKey) + 1;
    }

    /**
     * The number of the first disagreement compared after {@code micros} ({@code orEqual}: at or after),
     * from the by-time index; {@code none} when there is none.
     */
    static long firstAfter(Connection connection, int shadowKey, long micros, boolean orEqual, long none)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT disagreement_no FROM shadow_disagreements"
                + " WHERE shadow_key = ? AND compared_micros " + (orEqual ? ">=" : ">") + " ?"
                + " ORDER BY compared_micros, disagreement_no FETCH FIRST 1 ROWS ONLY")) {
            select.setInt(1, shadowKey);
            select.setLong(2, micros);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : none;
            }
        }
    }

    private static long firstAfter(Connection connection, int shadowKey, long micros, long none) throws SQLException {
        return firstAfter(connection, shadowKey, micros, false, none);
    }
}
