package io.bellwether.application.port.out;

import io.bellwether.application.port.in.AuditQuery;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Port: the audit events, as stored (details as JSON text, so re-hashing sees exactly what was hashed). */
public interface AuditStore {

    /** The event with the highest sequence. */
    Optional<StoredAuditEvent> last();

    /** Stores the event, makes it the {@link #head()} and anchors the rows it changed to it. */
    void append(StoredAuditEvent event);

    /** Oldest first. */
    List<StoredAuditEvent> query(AuditQuery query);

    /** Every event, oldest first, without holding them all in memory. */
    void forEachInOrder(Consumer<StoredAuditEvent> visitor);

    /** The last sequence and hash recorded with the last append; empty before the first event. */
    Optional<ChainHead> head();

    /**
     * A row (deployment, shadow, model version, promotion request, hook call) whose anchor names no
     * stored event, or an event with another hash, said in words; empty when every anchor holds.
     */
    Optional<String> unanchoredRow();

    /** Whether the record written when the workspace file was created is still there. */
    boolean hasGenesis();

    record ChainHead(long sequence, String hash) {
    }
}
