package io.bellwether.store;

import io.bellwether.application.port.out.ComparisonAppender;
import io.bellwether.domain.ShadowComparison;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.LongConsumer;

/**
 * Appends to one shadow inside the writer's transaction. Comparisons are buffered in one block of
 * at most a segment: when the open segment (the stored tail plus the buffer) reaches
 * {@link ShadowSegments#SIZE} it is sealed, in this same transaction, into one segment row and the
 * tail rows are deleted; {@link #finish()} writes the rest as tail rows. The shadow's count is its last
 * number plus one ({@link ShadowSegments#count}), so no counter row is written. A crash
 * before the commit leaves none of it; after, all of it, each comparison exactly once.
 */
final class JdbcComparisonAppender implements ComparisonAppender {
    private final Connection connection;
    private final String shadowId;
    private final int shadowKey;
    private final long countBefore;
    private final DisagreementIndex index;
    private final LongConsumer storedCount;
    private long storedTail;
    private long sealed;
    private long added;
    private ComparisonBlock buffer;

    JdbcComparisonAppender(Connection connection, String shadowId, int shadowKey, long countBefore) {
        this(connection, shadowId, shadowKey, countBefore, true, stored -> { });
    }

    /** {@code indexDisagreements} false only for V7, which runs before the index of V8 exists. */
    JdbcComparisonAppender(Connection connection, String shadowId, int shadowKey, long countBefore,
                           boolean indexDisagreements) {
        this(connection, shadowId, shadowKey, countBefore, indexDisagreements, stored -> { });
    }

    /** @param storedCount told the shadow's count each time its comparisons so far are written (a seal, the finish) */
    JdbcComparisonAppender(Connection connection, String shadowId, int shadowKey, long countBefore,
                           boolean indexDisagreements, LongConsumer storedCount) {
        this.index = indexDisagreements ? new DisagreementIndex(connection, shadowKey) : null;
        this.storedCount = storedCount;
        this.connection = connection;
        this.shadowId = shadowId;
        this.shadowKey = shadowKey;
        this.countBefore = countBefore;
        this.storedTail = countBefore % ShadowSegments.SIZE;
    }

    @Override
    public long add(ShadowComparison c) {
        if (buffer == null) {
            buffer = new ComparisonBlock(ShadowSegments.SIZE);
        }
        buffer.add(micros(c.timestamp()), c.primaryLatency(), c.shadowLatency(), c.agreement(),
                c.primaryResultJson(), c.shadowResultJson());
        added++;
        if (storedTail + buffer.size() == ShadowSegments.SIZE) {
            Sql.run("seal a comparison segment of " + shadowId, this::seal);
        }
        return sealed;
    }

    private Void seal() throws SQLException {
        index();
        ComparisonBlock segment = buffer;
        if (storedTail > 0) {
            segment = new ComparisonBlock(ShadowSegments.SIZE);
            ShadowSegments.readTail(connection, shadowKey, true, segment);
            segment.addAll(buffer);
            ShadowSegments.deleteTail(connection, shadowKey);
        }
        long segmentNo = (countBefore + added - 1) / ShadowSegments.SIZE;
        ShadowSegments.insertSegment(connection, shadowKey, segmentNo, segment);
        sealed = added;
        storedTail = 0;
        buffer.reset(0);
        storedCount.accept(countBefore + added);
        return null;
    }

    @Override
    public long finish() {
        return Sql.run("store comparisons of " + shadowId, () -> {
            if (buffer != null && buffer.size() > 0) {
                index();
                ShadowSegments.insertTail(connection, shadowKey, countBefore + added - buffer.size(), buffer);
                buffer.reset(0);
            }
            storedCount.accept(countBefore + added);
            return added;
        });
    }

    /** Indexes the buffer's disagreements; the stored tail's were indexed when it was written. */
    private void index() throws SQLException {
        if (index != null) {
            index.insert(countBefore + added - buffer.size(), buffer);
        }
    }

    static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }
}
