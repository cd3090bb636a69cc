package io.bellwether.application.service;

import io.bellwether.application.port.in.AttentionQueue.Item;
import io.bellwether.application.port.in.AttentionQueue.Kind;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.out.RegistryTransaction;
import io.bellwether.application.port.out.StoredAuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.ProgressionSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * IN_PROGRESS canaries held for a person: paused by a pause rule or an operator, or inconclusive (paused
 * after the consecutive-UNKNOWN limit). Each waits since its last pause event.
 */
final class HeldCanaries implements AttentionSource {

    @Override
    public List<Item> waiting(RegistryTransaction tx, Instant now) {
        return tx.deployments().list(DeploymentStatus.IN_PROGRESS, null).stream().filter(CanaryStages::isPaused)
                .map(d -> item(tx, d)).toList();
    }

    private static Item item(RegistryTransaction tx, Deployment d) {
        Optional<StoredAuditEvent> pause = lastPause(tx, d.deploymentId());
        Instant since = pause.map(StoredAuditEvent::timestamp).orElse(d.startedAt() == null ? d.createdAt()
                : d.startedAt());
        Integer stage = CanaryStages.stageNumber(d);
        String where = stage == null ? "" : " at stage " + stage;
        if (Boolean.TRUE.equals(d.metadata().get(Enforcement.INCONCLUSIVE))) {
            return new Item(Kind.INCONCLUSIVE_RUN, d.deploymentId(), d.deploymentId(), d.environment(),
                    inconclusive(tx, d) + where, since);
        }
        Object rule = d.metadata().get(Enforcement.PAUSE_REASON);
        String reason = rule != null ? "paused by a pause rule" + where + ": " + rule
                : "paused by " + pause.map(StoredAuditEvent::user).orElse("an operator") + where;
        return new Item(Kind.PAUSED_CANARY, d.deploymentId(), d.deploymentId(), d.environment(), reason, since);
    }

    /** "paused: 3 consecutive UNKNOWN checks (limit 3), last at …", counted from the last resume. */
    private static String inconclusive(RegistryTransaction tx, Deployment d) {
        Instant resumed = d.metadata().get(CanaryStages.RESUMED_AT) instanceof String text ? Instant.parse(text) : null;
        List<HealthCheck> unknowns = TrailingChecks.run(tx.deployments(), d.deploymentId(), resumed,
                check -> check.status() == HealthStatus.UNKNOWN, Integer.MAX_VALUE);
        int limit = ProgressionSettings.fromMetadata(d.metadata()).unknownLimit();
        if (unknowns.isEmpty()) {
            return "paused as inconclusive (limit " + limit + " UNKNOWN checks)";
        }
        return "paused: " + unknowns.size() + " consecutive UNKNOWN checks (limit " + limit + "), last at "
                + AttentionSource.shown(unknowns.get(unknowns.size() - 1).timestamp());
    }

    private static Optional<StoredAuditEvent> lastPause(RegistryTransaction tx, String deploymentId) {
        List<StoredAuditEvent> events = tx.audit().query(new AuditQuery(EventType.CANARY_STAGE_CHANGED, null, null,
                deploymentId, null, null));
        for (int i = events.size() - 1; i >= 0; i--) {
            if ("pause".equals(events.get(i).action())) {
                return Optional.of(events.get(i));
            }
        }
        return Optional.empty();
    }
}
