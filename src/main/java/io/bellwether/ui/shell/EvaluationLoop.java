package io.bellwether.ui.shell;

import io.bellwether.application.port.in.MetricsWatcher;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.RequestCounts;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.ui.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The console's automatic evaluation, on the worker (never the FX thread): each IN_PROGRESS and ACTIVE
 * deployment with a metrics binding is sampled from its Prometheus by the workspace's metrics watcher
 * (which judges the sample and rolls back when a rule fires); every other live deployment's stored
 * current metrics are checked with the engine (HealthChecks.checkDeploymentHealth) with the request count
 * from RequestCounts, then its stored checks drive automatic progression (DeploymentLifecycle.progress; the
 * watcher does that for bound ones). Both happen every check_interval_seconds of the deployment's rollback config.
 * {@link #tick()} is called often (every second in the console); it only goes to the workspace when a
 * check is due.
 */
public final class EvaluationLoop {
    /** How long to wait before looking again when no deployment is live. */
    static final Duration IDLE_RECHECK = Duration.ofSeconds(30);
    /** Who the automatic evaluation records its health checks as. */
    static final String ACTOR = "automated";

    private final Workspace workspace;
    private final RequestCounts metrics;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Consumer<List<AutomatedRollback>> onRollbacks;
    private final Map<String, Instant> lastChecked = new HashMap<>();
    private final ReadOnlyObjectWrapper<Instant> lastEvaluation = new ReadOnlyObjectWrapper<>(this, "lastEvaluation");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyObjectWrapper<Map<String, LiveSample>> liveSamples = new ReadOnlyObjectWrapper<>(this,
            "liveSamples", Map.of());
    private Instant nextDue = Instant.MIN;
    private boolean running;

    /** @param onRollbacks called on the callback thread with the deployments one round rolled back */
    public EvaluationLoop(Workspace workspace, RequestCounts metrics, TaskExecutor executor, Clock clock,
                          Consumer<List<AutomatedRollback>> onRollbacks) {
        this.workspace = workspace;
        this.metrics = metrics;
        this.executor = executor;
        this.clock = clock;
        this.onRollbacks = onRollbacks;
    }

    /** Runs one round if a check is due and none is running. */
    public void tick() {
        Instant now = clock.instant();
        if (running || now.isBefore(nextDue)) {
            return;
        }
        running = true;
        Map<String, Instant> known = new HashMap<>(lastChecked);
        executor.run(() -> evaluateDue(now, known), this::finish, failure -> {
            running = false;
            error.set("Automatic evaluation failed: " + failure.getMessage());
            nextDue = now.plus(IDLE_RECHECK);
        });
    }

    /** Makes the next tick look at the workspace, e.g. after a deployment was started. */
    public void wake() {
        nextDue = Instant.MIN;
    }

    private record Round(Instant at, Map<String, Instant> checked, Instant nextDue,
                         List<AutomatedRollback> rollbacks, List<String> failures,
                         Map<String, Boolean> sampled, Map<String, Duration> intervals) {
    }

    private Round evaluateDue(Instant now, Map<String, Instant> known) {
        List<Deployment> live = new ArrayList<>(workspace.queries().listDeployments(DeploymentStatus.IN_PROGRESS, null));
        live.addAll(workspace.queries().listDeployments(DeploymentStatus.ACTIVE, null));
        Map<String, Instant> checked = new HashMap<>();
        List<AutomatedRollback> rollbacks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, Boolean> sampled = new HashMap<>();
        Map<String, Duration> intervals = new HashMap<>();
        Set<String> bound = new HashSet<>();
        workspace.metricsBindings().all().forEach(binding -> bound.add(binding.deploymentId()));
        Instant next = now.plus(IDLE_RECHECK);
        if (live.stream().anyMatch(d -> bound.contains(d.deploymentId()))) {
            MetricsWatcher.Round round = workspace.metricsWatcher().round(now, null, ACTOR);
            Map<String, Deployment> byId = new HashMap<>();
            live.forEach(d -> byId.put(d.deploymentId(), d));
            for (MetricsWatcher.Judgement judged : round.judgements()) {
                sampled.put(judged.deploymentId(), judged.decision() != null);
                Deployment d = byId.get(judged.deploymentId());
                intervals.put(judged.deploymentId(), interval(d));
                if (judged.status() == null) {
                    failures.add(judged.model() + ": " + judged.message());
                } else if (judged.rolledBack()) {
                    rollbacks.add(new AutomatedRollback(judged.deploymentId(), judged.model(), d.environment(),
                            judged.decision().reasons()));
                }
            }
            if (round.nextDue() != null && round.nextDue().isBefore(next)) {
                next = round.nextDue();
            }
        }
        for (Deployment deployment : live) {
            if (bound.contains(deployment.deploymentId())) {
                continue;
            }
            Duration interval = interval(deployment);
            Instant previous = known.get(deployment.deploymentId());
            Instant due = previous == null ? now : previous.plus(interval);
            if (!now.isBefore(due)) {
                try {
                    RollbackDecision decision = workspace.health().checkDeploymentHealth(deployment.deploymentId(),
                            metrics.requestCount(deployment, now));
                    if (decision.rollback()) {
                        rollbacks.add(new AutomatedRollback(deployment.deploymentId(), deployment.modelRef(),
                                deployment.environment(), decision.reasons()));
                    } else {
                        workspace.lifecycle().progress(deployment.deploymentId()).stream()
                                .filter(step -> !step.succeeded())
                                .forEach(step -> failures.add(step.model() + ": " + step.failure()));
                    }
                } catch (RuntimeException e) {
                    failures.add(deployment.modelRef() + ": " + e.getMessage());
                }
                checked.put(deployment.deploymentId(), now);
                due = now.plus(interval);
            }
            if (due.isBefore(next)) {
                next = due;
            }
        }
        return new Round(now, checked, next, rollbacks, failures, sampled, intervals);
    }

    private static Duration interval(Deployment deployment) {
        return Duration.ofSeconds(Math.max(1, deployment.rollbackConfig().checkIntervalSeconds()));
    }

    private void finish(Round round) {
        running = false;
        lastChecked.putAll(round.checked());
        nextDue = round.nextDue();
        if (!round.sampled().isEmpty()) {
            Map<String, LiveSample> samples = new HashMap<>(liveSamples.get());
            round.sampled().forEach((id, brought) -> samples.merge(id, new LiveSample(round.at(),
                    brought ? round.at() : null, round.intervals().get(id)), (old, now) -> old.after(round.at(),
                    brought, now.interval())));
            liveSamples.set(Map.copyOf(samples));
        }
        if (!round.checked().isEmpty() || !round.sampled().isEmpty()) {
            lastEvaluation.set(round.at());
        }
        error.set(round.failures().isEmpty() ? null : "Automatic evaluation: " + String.join("; ", round.failures()));
        if (!round.rollbacks().isEmpty()) {
            onRollbacks.accept(round.rollbacks());
        }
    }

    /** When the last round that evaluated at least one deployment ran; null before that. */
    public ReadOnlyObjectProperty<Instant> lastEvaluationProperty() {
        return lastEvaluation.getReadOnlyProperty();
    }

    /** Each bound deployment's live sample so far, by deployment id (replaced after every round that sampled). */
    public ReadOnlyObjectProperty<Map<String, LiveSample>> liveSamplesProperty() {
        return liveSamples.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
