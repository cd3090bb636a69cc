package io.bellwether.ui.shell;

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
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The console's automatic evaluation: each IN_PROGRESS and ACTIVE deployment is checked with the
 * engine (HealthChecks.checkDeploymentHealth) every check_interval_seconds of its rollback
 * config, with the request count from RequestCounts, on the worker. {@link #tick()} is called
 * often (every second in the console); it only goes to the workspace when a check is due.
 */
public final class EvaluationLoop {
    /** How long to wait before looking again when no deployment is live. */
    static final Duration IDLE_RECHECK = Duration.ofSeconds(30);

    private final Workspace workspace;
    private final RequestCounts metrics;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Consumer<List<AutomatedRollback>> onRollbacks;
    private final Map<String, Instant> lastChecked = new HashMap<>();
    private final ReadOnlyObjectWrapper<Instant> lastEvaluation = new ReadOnlyObjectWrapper<>(this, "lastEvaluation");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
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
                         List<AutomatedRollback> rollbacks, List<String> failures) {
    }

    private Round evaluateDue(Instant now, Map<String, Instant> known) {
        List<Deployment> live = new ArrayList<>(workspace.queries().listDeployments(DeploymentStatus.IN_PROGRESS, null));
        live.addAll(workspace.queries().listDeployments(DeploymentStatus.ACTIVE, null));
        Map<String, Instant> checked = new HashMap<>();
        List<AutomatedRollback> rollbacks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Instant next = now.plus(IDLE_RECHECK);
        for (Deployment deployment : live) {
            Duration interval = Duration.ofSeconds(Math.max(1, deployment.rollbackConfig().checkIntervalSeconds()));
            Instant previous = known.get(deployment.deploymentId());
            Instant due = previous == null ? now : previous.plus(interval);
            if (!now.isBefore(due)) {
                try {
                    RollbackDecision decision = workspace.health().checkDeploymentHealth(deployment.deploymentId(),
                            metrics.requestCount(deployment, now));
                    if (decision.rollback()) {
                        rollbacks.add(new AutomatedRollback(deployment.deploymentId(), deployment.modelRef(),
                                deployment.environment(), decision.reasons()));
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
        return new Round(now, checked, next, rollbacks, failures);
    }

    private void finish(Round round) {
        running = false;
        lastChecked.putAll(round.checked());
        nextDue = round.nextDue();
        if (!round.checked().isEmpty()) {
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

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
