package io.bellwether.application.port.in;

import io.bellwether.domain.AuditEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Counts by type, severity and user, and the critical events, over a period (as the guide's). */
public record ComplianceReport(Instant from, Instant to, long totalEvents, Map<String, Long> byType,
                               Map<String, Long> bySeverity, Map<String, Long> byUser,
                               List<AuditEvent> criticalEvents) {
}
