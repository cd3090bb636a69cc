package io.bellwether.application.service;

import io.bellwether.application.port.in.AuditAnchor;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.ChainVerification;
import io.bellwether.application.port.in.ComplianceReport;
import io.bellwether.application.port.out.AuditStore;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Checks;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** The audit trail over an {@link AuditStore}: appends chained events, re-hashes them to verify. */
record ChainedAuditTrail(WorkspaceStore store, AuditChain chain) implements AuditTrail {

    @Override
    public AuditEvent log(EventType type, EventSeverity severity, String user, String resourceType,
                          String resourceId, String action, Map<String, Object> details) {
        if (type == null) {
            throw new InvalidInputException("event type", null, "is required");
        }
        if (severity == null) {
            throw new InvalidInputException("severity", null, "is required");
        }
        Checks.name("user", user);
        Checks.required("resource_type", resourceType);
        Checks.required("resource_id", resourceId);
        Checks.required("action", action);
        return store.write(tx -> chain.append(tx, type, severity, user, resourceType, resourceId, action, details));
    }

    @Override
    public List<AuditEvent> query(AuditQuery query) {
        AuditQuery filter = query == null ? AuditQuery.ALL : query;
        return store.read(tx -> tx.audit().query(filter)).stream().map(AuditChain::toDomain).toList();
    }

    @Override
    public ChainVerification verify(String anchorHashOrNull) {
        return store.read(tx -> {
            ChainVerifier verifier = new ChainVerifier(anchorHashOrNull);
            tx.audit().forEachInOrder(verifier);
            return verifier.result(tx.audit());
        });
    }

    @Override
    public Optional<AuditAnchor> anchor() {
        return store.read(tx -> tx.audit().head().map(head -> new AuditAnchor(head.sequence(), head.hash())));
    }

    @Override
    public ComplianceReport complianceReport(Instant fromOrNull, Instant toOrNull) {
        List<AuditEvent> events = query(new AuditQuery(null, null, null, null, fromOrNull, toOrNull));
        return new ComplianceReport(fromOrNull, toOrNull, events.size(),
                countBy(events, e -> e.type().name()),
                countBy(events, e -> e.severity().name()),
                countBy(events, AuditEvent::user),
                events.stream().filter(e -> e.severity() == EventSeverity.CRITICAL).toList());
    }

    private static Map<String, Long> countBy(List<AuditEvent> events, Function<AuditEvent, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        events.forEach(e -> counts.merge(key.apply(e), 1L, Long::sum));
        return counts;
    }
}
