package io.bellwether.application.service;

import io.bellwether.application.port.out.AuditStore;
import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.application.port.out.StoredAuditEvent;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Checks;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Appends hash-chained audit events inside a store transaction. Each event's hash is SHA-256 over
 * the previous event's hash and the event's canonical content (every field, length-prefixed). Every
 * event records, beside the display name it is given, the OS account that acted ({@code os_account}).
 */
final class AuditChain {
    static final String GENESIS_HASH = "0".repeat(64);
    static final String OS_ACCOUNT = "os_account";

    private final Clock clock;
    private final Supplier<String> osAccount;

    AuditChain(Clock clock, Supplier<String> osAccount) {
        this.clock = clock;
        this.osAccount = osAccount;
    }

    /** The OS account acting now. */
    String osAccount() {
        return osAccount.get();
    }

    /** The workspace's notion of now, at the precision the store keeps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    AuditEvent append(StoreTransaction tx, EventType type, EventSeverity severity, String user,
                      String resourceType, String resourceId, String action, Map<String, Object> details) {
        return toDomain(record(tx, type, severity, user, resourceType, resourceId, action, details));
    }

    /**
     * {@link #append} for a caller that needs no event back: the stored event, its details not parsed
     * again. The chain continues from the stored head (one keyed row), or from the last event while
     * there is no head row.
     */
    StoredAuditEvent record(StoreTransaction tx, EventType type, EventSeverity severity, String user,
                            String resourceType, String resourceId, String action, Map<String, Object> details) {
        Checks.name("user", user);
        AuditStore store = tx.audit();
        AuditStore.ChainHead last = store.head()
                .or(() -> store.last().map(event -> new AuditStore.ChainHead(event.sequence(), event.hash())))
                .orElse(null);
        long sequence = last == null ? 1 : last.sequence() + 1;
        String previousHash = last == null ? GENESIS_HASH : last.hash();
        Map<String, Object> withAccount = details == null ? new LinkedHashMap<>() : new LinkedHashMap<>(details);
        withAccount.putIfAbsent(OS_ACCOUNT, osAccount());
        String detailsJson = Json.write("details", withAccount);
        StoredAuditEvent unsigned = new StoredAuditEvent(sequence, UUID.randomUUID().toString(), now(),
                type.name(), severity.name(), user, resourceType, resourceId, action, detailsJson,
                previousHash, null);
        StoredAuditEvent event = withHash(unsigned, hash(previousHash, unsigned));
        store.append(event);
        return event;
    }

    /**
     * Stores a changed setting with its CONFIGURATION_CHANGED event in one transaction of {@code store}:
     * {@code change} stores it and returns the event's details (the setting before and after, as shown).
     */
    AuditEvent configurationChanged(WorkspaceStore store, String user, String resourceType, String resourceId,
                                    String action, Function<StoreTransaction, Map<String, Object>> change) {
        return store.write(tx -> append(tx, EventType.CONFIGURATION_CHANGED, EventSeverity.INFO, user, resourceType,
                resourceId, action, change.apply(tx)));
    }

    static String hash(String previousHash, StoredAuditEvent event) {
        StringBuilder content = new StringBuilder(previousHash).append('\n');
        for (Object field : new Object[] {event.sequence(), event.eventId(), event.timestamp(), event.type(),
                event.severity(), event.user(), event.resourceType(), event.resourceId(), event.action(),
                event.detailsJson()}) {
            String text = String.valueOf(field);
            content.append(text.length()).append(':').append(text).append(';');
        }
        return HexFormat.of().formatHex(sha256().digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static AuditEvent toDomain(StoredAuditEvent e) {
        return new AuditEvent(e.sequence(), e.eventId(), e.timestamp(), EventType.fromValue(e.type()),
                EventSeverity.fromValue(e.severity()), e.user(), e.resourceType(), e.resourceId(), e.action(),
                Json.readMap(e.detailsJson()), e.previousHash(), e.hash());
    }

    private static StoredAuditEvent withHash(StoredAuditEvent e, String hash) {
        return new StoredAuditEvent(e.sequence(), e.eventId(), e.timestamp(), e.type(), e.severity(), e.user(),
                e.resourceType(), e.resourceId(), e.action(), e.detailsJson(), e.previousHash(), hash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
