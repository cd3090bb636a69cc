package io.bellwether.application.service;

import io.bellwether.application.port.in.AutomatedStep;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.CanarySchedule;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.ProgressionSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Automatic progression over the stored health checks of IN_PROGRESS canaries. Counting the checks after the
 * later of the stage's start and the last resume: {@code unknown_limit} consecutive UNKNOWN checks pause the canary as
 * inconclusive; with {@code automatic} on, once the stage's planned bake time (to the next stage's planned
 * day; none for the last stage) has passed and its last {@code healthy_checks} checks were HEALTHY, the
 * canary moves to its next stage, or completes after the last. Each step is audited as done by "automated"
 * with the checks it relied on; an inconclusive pause is notified after it committed.
 */
record AutomaticProgression(WorkspaceStore store, AuditChain audit, CanaryStages canary, TrafficSteps traffic,
                            Notices notices, BiConsumer<String, Map<String, Object>> complete) {
    static final String RELIED_ON = "relied_on_checks";

    List<AutomatedStep> progress(String deploymentIdOrNull) {
        List<AutomatedStep> steps = new ArrayList<>();
        for (Deployment d : store.read(tx -> tx.deployments().list(DeploymentStatus.IN_PROGRESS, null))) {
            if (d.strategy() != DeploymentStrategy.CANARY
                    || deploymentIdOrNull != null && !deploymentIdOrNull.equals(d.deploymentId())) {
                continue;
            }
            try {
                step(d).ifPresent(steps::add);
            } catch (RuntimeException e) {
                steps.add(new AutomatedStep(d.deploymentId(), d.modelRef(), "advance", null, null, e.getMessage()));
            }
        }
        return steps;
    }

    private Optional<AutomatedStep> step(Deployment d) {
        if (CanaryStages.isPaused(d)) {
            return Optional.empty();
        }
        ProgressionSettings settings = ProgressionSettings.fromMetadata(d.metadata());
        CanarySchedule schedule = CanarySchedule.fromMetadata(d.metadata());
        int index = Math.min(currentStage(d), schedule.size() - 1);
        Instant stageStart = stageStart(d, schedule, index);
        Instant since = latest(stageStart, instant(d.metadata().get(CanaryStages.RESUMED_AT)));
        if (settings.unknownLimit() > 0) {
            List<HealthCheck> unknowns = trailing(d, since, HealthStatus.UNKNOWN, Integer.MAX_VALUE);
            if (unknowns.size() >= settings.unknownLimit()) {
                return Optional.of(pauseInconclusive(d, unknowns, settings.unknownLimit()));
            }
        }
        if (!settings.automatic()) {
            return Optional.empty();
        }
        List<HealthCheck> healthy = trailing(d, since, HealthStatus.HEALTHY, settings.healthyChecks());
        if (healthy.size() < settings.healthyChecks()) {
            return Optional.empty();
        }
        Duration bake = schedule.after(index).map(next -> next.plannedOffset().minus(schedule.stage(index)
                .plannedOffset())).orElse(Duration.ZERO);
        if (audit.now().isBefore(stageStart.plus(bake))) {
            return Optional.empty();
        }
        Map<String, Object> evidence = Rows.details("automatic", true, "bake_time", bake.toString(),
                "healthy_checks", settings.healthyChecks(),
                RELIED_ON, described(healthy));
        String reason = settings.healthyChecks() + " consecutive healthy checks after a bake time of " + bake;
        Optional<CanarySchedule.Stage> next = schedule.after(index);
        if (next.isPresent()) {
            canary.setStage(d.deploymentId(), index + 1, next.get().traffic(), Rollbacks.AUTOMATED, evidence);
            return Optional.of(new AutomatedStep(d.deploymentId(), d.modelRef(), "advance", index + 2, reason, null));
        }
        complete.accept(d.deploymentId(), evidence);
        return Optional.of(new AutomatedStep(d.deploymentId(), d.modelRef(), "complete", index + 1, reason, null));
    }

    private AutomatedStep pauseInconclusive(Deployment d, List<HealthCheck> unknowns, int limit) {
        String reason = "Inconclusive: " + unknowns.size() + " consecutive UNKNOWN checks (limit " + limit + ")";
        Deployment paused = traffic.serialised(d.deploymentId(), () -> store.write(tx -> {
            Deployment now = Rows.inProgressDeployment(tx, d.deploymentId(), "pause");
            if (CanaryStages.isPaused(now)) {
                return null;
            }
            tx.deployments().update(DeploymentChange.of(now).metadata(CanaryStages.PAUSED, true)
                    .metadata(Enforcement.INCONCLUSIVE, true).metadata(Enforcement.PAUSE_REASON, reason).build());
            audit.append(tx, EventType.CANARY_STAGE_CHANGED, EventSeverity.WARNING, Rollbacks.AUTOMATED,
                    Rows.DEPLOYMENT, d.deploymentId(), "pause", Rows.details(CanaryStages.PAUSED, true,
                            CanaryStages.STAGE_NUMBER, CanaryStages.stageNumber(now), Enforcement.INCONCLUSIVE, true,
                            "reason", reason, RELIED_ON, described(unknowns)));
            return now;
        }));
        if (paused != null) {
            notices.inconclusive(paused, reason);
        }
        return new AutomatedStep(d.deploymentId(), d.modelRef(), "pause", null, reason, null);
    }

    private static List<Map<String, Object>> described(List<HealthCheck> checks) {
        return checks.stream().map(check -> Rows.details("timestamp", check.timestamp().toString(),
                "status", check.status().value(), "message", check.message())).toList();
    }

    /** The newest checks after {@code since} that all have {@code status}, at most {@code most}, oldest first. */
    private List<HealthCheck> trailing(Deployment d, Instant since, HealthStatus status, int most) {
        return store.read(tx -> TrailingChecks.run(tx.deployments(), d.deploymentId(), since,
                check -> check.timestamp().isAfter(since) && check.status() == status, most));
    }

    private static int currentStage(Deployment d) {
        return d.metadata().get(TrafficSteps.CURRENT_STAGE) instanceof Number n ? Math.max(0, n.intValue()) : 0;
    }

    /** The stored stage start; for a deployment without one, the stage's planned start. */
    private static Instant stageStart(Deployment d, CanarySchedule schedule, int index) {
        Instant stored = instant(d.metadata().get(CanaryStages.STAGE_STARTED_AT));
        Instant started = d.startedAt() == null ? d.createdAt() : d.startedAt();
        return stored != null ? stored : schedule.plannedStart(index, started);
    }

    private static Instant latest(Instant a, Instant bOrNull) {
        return bOrNull != null && bOrNull.isAfter(a) ? bOrNull : a;
    }

    private static Instant instant(Object raw) {
        try {
            return raw == null ? null : Instant.parse(raw.toString());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
