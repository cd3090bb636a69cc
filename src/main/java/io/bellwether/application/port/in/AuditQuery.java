package io.bellwether.application.port.in;

import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import java.time.Instant;

/** Filters for the audit trail; null fields match everything. */
public record AuditQuery(EventType type, String user, EventSeverity severity, String resourceId,
                         Instant from, Instant to) {
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
