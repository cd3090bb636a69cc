package io.bellwether.store;

import io.bellwether.application.port.out.AuditStore.ChainHead;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a writer knows without reading it back: the audit chain's head, the last health check's id and each
 * shadow's key and count, which every single write would otherwise select. Values a transaction sets count for it at once and for
 * later transactions only once it commits ({@link #committed}); a failed transaction's are dropped with
 * everything remembered ({@link #forget}), so the next write reads the rows again.
 *
 * <p>An embedded file has one {@link FileWriter}, whose memory outlives transactions: nothing but its
 * writers changes the file while it is open. A PostgreSQL transaction, or any read, gets a memory of its
 * own ({@link #forOneTransaction}), since other processes write there too.
 */
final class WriterMemory {
    private ChainHead head;
    private long lastHealthCheckId = -1;
    private final Map<String, ShadowSlot> shadows = new HashMap<>();
    private ChainHead pendingHead;
    private long pendingHealthCheckId = -1;
    private final Map<String, ShadowSlot> pendingShadows = new HashMap<>();

    static WriterMemory forOneTransaction() {
        return new WriterMemory();
    }

    Optional<ChainHead> head() {
        return Optional.ofNullable(pendingHead != null ? pendingHead : head);
    }

    void headIs(ChainHead newHead) {
        pendingHead = newHead;
    }

    OptionalLong lastHealthCheckId() {
        long id = pendingHealthCheckId >= 0 ? pendingHealthCheckId : lastHealthCheckId;
        return id >= 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }

    void lastHealthCheckIdIs(long id) {
        pendingHealthCheckId = id;
    }

    Optional<ShadowSlot> shadow(String shadowId) {
        ShadowSlot pending = pendingShadows.get(shadowId);
        return Optional.ofNullable(pending != null ? pending : shadows.get(shadowId));
    }

    void shadowIs(String shadowId, ShadowSlot slot) {
        pendingShadows.put(shadowId, slot);
    }

    /** The transaction that set the pending values committed. */
    void committed() {
        if (pendingHead != null) {
            head = pendingHead;
        }
        if (pendingHealthCheckId >= 0) {
            lastHealthCheckId = pendingHealthCheckId;
        }
        shadows.putAll(pendingShadows);
        pendingHead = null;
        pendingHealthCheckId = -1;
        pendingShadows.clear();
    }

    /** Nothing is known any more: after a failed transaction, or rows written without the stores. */
    void forget() {
        head = null;
        lastHealthCheckId = -1;
        shadows.clear();
        pendingHead = null;
        pendingHealthCheckId = -1;
        pendingShadows.clear();
    }
}
