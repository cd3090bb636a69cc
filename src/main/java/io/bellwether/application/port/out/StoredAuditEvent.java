package io.bellwether.application.port.out;

import java.time.Instant;

/** An audit event as the store holds it: enum names and details as text, exactly what was hashed. */
public record StoredAuditEvent(long sequence, String eventId, Instant timestamp, String type, String severity,
                               String user, String resourceType, String resourceId, String action,
                               String detailsJson, String previousHash, String hash) {
}
