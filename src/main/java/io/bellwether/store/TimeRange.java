package io.bellwether.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Binds an optional time range as two inclusive bounds, so one indexed query serves every case. */
final class TimeRange {
    /** Far enough out for any real timestamp, inside what TIMESTAMP WITH TIME ZONE holds. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private TimeRange() {
    }

    static void bind(PreparedStatement statement, int first, Instant fromOrNull, Instant toOrNull) throws SQLException {
        Sql.setInstant(statement, first, fromOrNull == null ? EARLIEST : fromOrNull);
        Sql.setInstant(statement, first + 1, toOrNull == null ? LATEST : toOrNull);
    }
}
