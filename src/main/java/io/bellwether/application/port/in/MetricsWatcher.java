package io.bellwether.application.port.in;

import io.bellwether.domain.EnforcedVerdict;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.RollbackDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Use case: the live-metrics loop. One round samples every IN_PROGRESS and ACTIVE deployment that has a
 * metrics binding and whose check_interval_seconds has passed since it was last sampled, and passes each
 * sample through the metrics feed with automatic rollback (current metrics, engine, health check,
 * rollback). A sample with missing data is an UNKNOWN health check naming the metric, the query and what
 * came back: it never promotes and never rolls back. After the samples, each judged canary's stored checks drive
 * automatic progression ({@link DeploymentLifecycle#progress}). The console calls it on its worker; the headless
 * watch command calls it in its own loop. It does blocking I/O and touches no UI toolkit.
 */
public interface MetricsWatcher {

    /**
     * One round at {@code now} (also the query time), over every due deployment or only
     * {@code deploymentIdOrNull}; the checks and rollbacks it writes are recorded as {@code actor}.
     */
    default Round round(Instant now, String deploymentIdOrNull, String actor) {
        return round(now, deploymentIdOrNull, null, actor);
    }

    /**
     * As {@link #round(Instant, String, String)}, a deployment being due every {@code intervalOrNull} since it
     * was last sampled instead of every check_interval_seconds of its rollback config (null: those).
     */
    Round round(Instant now, String deploymentIdOrNull, Duration intervalOrNull, String actor);

    /**
     * Runs every query of the deployment's binding once at {@code at} (the stable version's too, as
     * {@code baseline.METRIC}, with a live baseline) and records nothing: what an operator tries before
     * trusting a binding. Unknown deployments raise {@link NotFoundException}; a deployment without a
     * binding is refused with {@link io.bellwether.domain.InvalidInputException}.
     */
    List<TriedQuery> tryQueries(String deploymentId, Instant at);

    /** One query tried: the value, or what came back instead ({@code error} is null when the value is usable). */
    record TriedQuery(String metric, String query, Double value, String error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    /**
     * What one round judged, the automatic progression steps it took after, and when the next deployment is due
     * (null when nothing is bound and live).
     */
    record Round(Instant at, List<Judgement> judgements, Instant nextDue, List<AutomatedStep> steps) {
        public Round {
            judgements = List.copyOf(judgements);
            steps = List.copyOf(steps);
        }

        public boolean rolledBack() {
            return judgements.stream().anyMatch(Judgement::rolledBack);
        }
    }

    /**
     * One deployment's sample: the recorded status (null when nothing could be recorded, e.g. the store
     * failed), the engine's decision (null when the data was missing) with its enforcement, the measured values
     * and the query behind each, and whether the canary is held after the round: {@code hold} is null,
     * "paused" or "inconclusive" (paused after too many UNKNOWN checks).
     */
    record Judgement(String deploymentId, String model, Instant at, HealthStatus status, RollbackDecision decision,
                     EnforcedVerdict verdict, String message, Map<String, Double> values, Map<String, String> queries,
                     String hold) {
        public Judgement {
            values = Map.copyOf(values);
            queries = Map.copyOf(queries);
        }

        public Judgement held(String how) {
            return new Judgement(deploymentId, model, at, status, decision, verdict, message, values, queries, how);
        }

        public boolean rolledBack() {
            return decision != null && decision.rollback();
        }
    }
}
