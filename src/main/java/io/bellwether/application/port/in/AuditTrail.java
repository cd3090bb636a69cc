package io.bellwether.application.port.in;

import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tamper-evident audit trail. */
public interface AuditTrail {

    /** Records an event that is not part of a state change (e.g. a configuration change). */
    AuditEvent log(EventType type, EventSeverity severity, String user, String resourceType,
                   String resourceId, String action, Map<String, Object> details);

    /** Oldest first. */
    List<AuditEvent> query(AuditQuery query);

    default ChainVerification verify() {
        return verify(null);
    }

    /**
     * Re-hashes the chain and checks its head, its genesis record and the anchors in the rows it
     * changed; with an anchor hash recorded earlier ({@link #anchor()}), also that the intact chain
     * still holds it, which proves that no event up to it was rewritten.
     */
    ChainVerification verify(String anchorHashOrNull);

    /** The head of the chain (last sequence and hash), to record elsewhere; empty before the first event. */
    Optional<AuditAnchor> anchor();

    ComplianceReport complianceReport(Instant fromOrNull, Instant toOrNull);
}
