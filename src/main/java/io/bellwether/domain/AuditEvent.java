package io.bellwether.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The 1-based canary stage a stage change or completion names: {@code stage_number}, or the 0-based
     * {@code stage} that events written before it became 1-based carry.
     */
    public Optional<Integer> stageNumber() {
        if (details.get("stage_number") instanceof Number number) {
            return Optional.of(number.intValue());
        }
        return details.get("stage") instanceof Number index ? Optional.of(index.intValue() + 1) : Optional.empty();
    }
}
