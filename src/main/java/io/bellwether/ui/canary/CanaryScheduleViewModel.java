package io.bellwether.ui.canary;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.CanarySchedule;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.StoredTime;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.Command;
import io.bellwether.ui.common.DeploymentLoader;
import io.bellwether.ui.common.ShadowSelected;
import io.bellwether.ui.common.StatusLine;
import io.bellwether.ui.common.StepConfirmation;
import io.bellwether.ui.common.StepContexts;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the canary stage screen: the stage table with planned and actual starts and gate
 * results, planned and actual traffic (in % over hours since the start) for the step chart, and the
 * advance and pause/resume commands, executable only while the canary is in progress (a completed canary's stages no longer move).
 */
public final class CanaryScheduleViewModel {
    private final Workspace workspace;
    private final AuditTrail audit;
    private final TaskExecutor executor;
    private final Clock clock;
    private Consumer<String> onStoredChange = id -> { };
    private Predicate<StepConfirmation> confirm = step -> true;

    private final ObservableList<StageRow> stages = FXCollections.observableArrayList();
    private final ObservableList<StageRow> stagesReadOnly = FXCollections.unmodifiableObservableList(stages);
    private final TrafficChart traffic = TrafficChart.empty();
    private final StringProperty operator = new SimpleStringProperty(Operators.systemUser());
    private final ReadOnlyObjectWrapper<Header> header = new ReadOnlyObjectWrapper<>(Header.empty("Select a canary deployment"));
    private final StatusLine status = new StatusLine();
    private final DeploymentLoader<Snapshot> loader;
    private final Command advance;
    private final Command pauseOrResume;

    private Snapshot shown;

    public CanaryScheduleViewModel(Workspace workspace, AuditTrail audit, TaskExecutor executor, Clock clock) {
        this.workspace = workspace;
        this.audit = audit;
        this.executor = executor;
        this.clock = clock;
        this.loader = new DeploymentLoader<>(executor, this::snapshot, this::apply, this::clear,
                "Select a canary deployment to see its stage schedule", "");
        advance = new Command("Advance", Bindings.createBooleanBinding(() -> header.get().canAdvance() && !status.isBusy(),
                header, status.busyProperty()), executor, this::advance);
        pauseOrResume = new Command("Pause or resume", Bindings.createBooleanBinding(() -> header.get().inProgress()
                && !status.isBusy(), header, status.busyProperty()), executor, this::togglePause);
        status.busyWhile(loader.busyProperty().or(advance.runningProperty()).or(pauseOrResume.runningProperty()));
    }

    public void show(String deploymentIdOrNull) {
        loader.show(deploymentIdOrNull);
    }

    public void load() {
        loader.load();
    }

    /** Moves the canary to its next stage, as the operator; the service audits it. */
    public void advance() {
        if (advance.isExecutable() && shown != null) {
            advance.execute();
        }
    }

    private void advance(TaskExecutor worker) {
        Snapshot current = shown;
        int next = current.progress().currentStage() + 1;
        double traffic = current.schedule().stage(next).traffic();
        String who = operatorName();
        String step = "Advance to stage " + (next + 1) + " (" + CanarySchedule.percent(traffic) + ")";
        worker.run(() -> StepContexts.of(workspace.queries(), current.deployment(), step, true, clock.instant()), context -> {
            if (context.isEmpty() || confirm.test(context.get())) {
                act(worker, () -> workspace.lifecycle().setCanaryStage(current.deployment().deploymentId(), next, traffic, who),
                        "Advanced to stage " + (next + 1) + " (" + CanarySchedule.percent(traffic) + ") as " + who + "; "
                                + workspace.trafficHooks().effective(current.deployment().environment()).trafficNote());
            }
        }, error -> status.say("Refused: " + error.getMessage()));
    }

    /** Pauses a running schedule or resumes a paused one. */
    public void togglePause() {
        if (pauseOrResume.isExecutable() && shown != null) {
            pauseOrResume.execute();
        }
    }

    private void togglePause(TaskExecutor worker) {
        Snapshot current = shown;
        boolean pause = !current.progress().paused();
        String who = operatorName();
        act(worker, () -> workspace.lifecycle().setCanaryPaused(current.deployment().deploymentId(), pause, who),
                (pause ? "Paused" : "Resumed") + " as " + who);
    }

    /** Asks the operator before an advance in production; true goes ahead. Without it, advances go ahead. */
    public void setConfirmation(Predicate<StepConfirmation> confirmation) {
        confirm = confirmation;
    }

    /** Told the deployment id after an advance, pause or resume was stored. */
    public void setOnStoredChange(Consumer<String> listener) {
        onStoredChange = listener;
    }

    private void act(TaskExecutor worker, Runnable action, String done) {
        String changed = shown.deployment().deploymentId();
        worker.run(() -> {
            action.run();
            return null;
        }, ignored -> {
            status.say(done);
            load();
            onStoredChange.accept(changed);
        }, error -> {
            status.say("Refused: " + error.getMessage());
            load();
        });
    }

    private String operatorName() {
        String name = operator.get();
        return name == null || name.isBlank() ? Operators.systemUser() : name.trim();
    }

    /**
     * What the screen says about the shown canary: its heading, or the message shown instead of the
     * schedule (empty when there is one), and where the schedule stands.
     */
    public record Header(String heading, String emptyMessage, boolean inProgress, boolean paused, boolean hasNextStage) {
        static Header empty(String message) {
            return new Header("", message, false, false, false);
        }

        boolean canAdvance() {
            return inProgress && !paused && hasNextStage;
        }

        /** The label of the pause button. */
        public String pauseText() {
            return paused ? "Resume" : "Pause";
        }
    }

    record Snapshot(Deployment deployment, CanarySchedule schedule, CanaryProgress progress, List<StageRow> rows,
                    String problem) {
    }

    private Snapshot snapshot(String id) {
        Deployment deployment = ShadowSelected.load(workspace.queries(), id, "canary stages");
        if (deployment.strategy() != DeploymentStrategy.CANARY) {
            return new Snapshot(deployment, null, null, List.of(), deployment.modelRef() + " is a "
                    + deployment.strategy().value() + " deployment: stage schedules belong to canary deployments.");
        }
        CanarySchedule schedule;
        try {
            schedule = CanarySchedule.fromMetadata(deployment.metadata());
        } catch (InvalidInputException e) {
            return new Snapshot(deployment, null, null, List.of(), "The canary schedule of " + deployment.modelRef()
                    + " is invalid: " + e.getMessage());
        }
        CanaryProgress progress = CanaryProgress.of(deployment, audit.query(new AuditQuery(
                EventType.CANARY_STAGE_CHANGED, null, null, id, null, null)));
        CanaryStageTable table = new CanaryStageTable(deployment, schedule, progress, clock.instant());
        traffic.show(TrafficSteps.planned(schedule), TrafficSteps.actual(schedule, progress, table.origin(), table.end()));
        return new Snapshot(deployment, schedule, progress, table.rows((from, until) -> workspace.queries()
                .latestHealthChecks(id, from, StoredTime.lastBefore(until), 1).stream().findFirst()),
                null);
    }

    private void apply(Snapshot snapshot) {
        Deployment deployment = snapshot.deployment();
        if (snapshot.problem() != null) {
            clear(snapshot.problem());
            return;
        }
        shown = snapshot;
        CanaryProgress progress = snapshot.progress();
        stages.setAll(snapshot.rows());
        String stageText = progress.currentStage() < 0 ? "not started"
                : "stage " + (progress.currentStage() + 1) + " of " + snapshot.schedule().size();
        header.set(new Header(deployment.modelRef() + " · canary · " + deployment.status().value() + " · " + stageText
                + (progress.paused() ? " · PAUSED" : ""), "", deployment.status() == DeploymentStatus.IN_PROGRESS, progress.paused(),
                snapshot.schedule().after(progress.currentStage()).isPresent()));
    }

    private void clear(String message) {
        loader.cancel();
        shown = null;
        stages.clear();
        header.set(Header.empty(message));
        executor.run(() -> {
            traffic.clear();
            return null;
        }, ignored -> { }, ignored -> { });
    }

    public ObservableList<StageRow> stages() {
        return stagesReadOnly;
    }

    public TrafficChart traffic() {
        return traffic;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public ReadOnlyObjectProperty<Header> headerProperty() {
        return header.getReadOnlyProperty();
    }

    public Command advanceCommand() {
        return advance;
    }

    public Command pauseOrResumeCommand() {
        return pauseOrResume;
    }

    /** The outcome of the last action, and whether work is in flight. */
    public StatusLine status() {
        return status;
    }
}
