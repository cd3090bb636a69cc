package io.bellwether.application.port.in;

import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The tamper-evident audit trail. */
public interface AuditTrail {

    /** Records an event that is not part of a state change (e.g. a configuration change). */
    AuditEvent log(EventType type, EventSeverity severity, String user, String resourceType,
                   String resourceId, String action, Map<String, Object> details);

    /** Oldest first. */
    List<AuditEvent> query(AuditQuery query);

    ChainVerification verify();

    ComplianceReport complianceReport(Instant fromOrNull, Instant toOrNull);
}
