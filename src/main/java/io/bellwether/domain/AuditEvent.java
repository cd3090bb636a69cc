package io.bellwether.domain;

import java.time.Instant;
import java.util.Map;

/**
 * One stored audit event. {@code hash} is SHA-256 over {@code previousHash} and the event's
 * canonical content, so editing or deleting any stored event breaks the chain after it.
 */
public record AuditEvent(long sequence, String eventId, Instant timestamp, EventType type,
                         EventSeverity severity, String user, String resourceType, String resourceId,
                         String action, Map<String, Object> details, String previousHash, String hash) {
    public AuditEvent {
        details = details == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(details));
    }
}
