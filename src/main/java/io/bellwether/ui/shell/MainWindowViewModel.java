package io.bellwether.ui.shell;

import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.RequestCounts;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.actions.DeploymentActions;
import io.bellwether.ui.actions.OperatorPrompts;
import io.bellwether.ui.queue.QueueViewModel;
import io.bellwether.ui.settings.OperatorSettings;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The console window on one open workspace: list, header, actions, automatic evaluation and
 * status bar. After every change (an action or an automated rollback) it reloads the list and
 * header, then bumps {@link #changesProperty()} so the view refreshes every screen.
 */
public final class MainWindowViewModel {
    private final Workspace workspace;
    private final DeploymentListViewModel list;
    private final DeploymentHeaderViewModel header;
    private final DeploymentActions actions;
    private final EvaluationLoop evaluation;
    private final OperatorSettings settings;
    private final QueueViewModel queue;
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes");
    private final ReadOnlyStringWrapper lastEvaluationText = new ReadOnlyStringWrapper(this, "lastEvaluationText", "never");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Clock clock;
    private Consumer<List<AutomatedRollback>> rollbackListener = rollbacks -> { };

    public MainWindowViewModel(Workspace workspace, TaskExecutor executor, OperatorSettings settings,
                               OperatorPrompts prompts, RequestCounts metrics, Clock clock) {
        this.workspace = workspace;
        this.settings = settings;
        this.clock = clock;
        list = new DeploymentListViewModel(workspace.queries(), executor);
        header = new DeploymentHeaderViewModel(list.selectedProperty(), clock.getZone());
        actions = new DeploymentActions(workspace, executor, prompts,
                list.selectedDeploymentProperty(), settings.operatorProperty(), this::changed, clock);
        header.hookWarningProperty().bind(actions.failedRollbackHookProperty().map(summary ->
                "Traffic hook failed after the rollback: " + summary + ". The rollback stands; retry the hook."));
        queue = new QueueViewModel(workspace.attention(), executor, clock);
        evaluation = new EvaluationLoop(workspace, metrics, executor, clock, this::rolledBack);
        evaluation.lastEvaluationProperty().addListener((obs, old, now) ->
                lastEvaluationText.set(DisplayFormats.time(now, clock.getZone())));
        message.bind(Bindings.createStringBinding(() -> firstNonBlank(evaluation.errorProperty().get(),
                        list.status().messageProperty().get(), actions.status().messageProperty().get()),
                evaluation.errorProperty(), list.status().messageProperty(), actions.status().messageProperty()));
    }

    private static String firstNonBlank(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return "";
    }

    /** Every second: runs the automatic evaluation when due and ages the header's latest sample and the queue. */
    public void tick() {
        evaluation.tick();
        header.showLiveSamples(evaluation.liveSamplesProperty().get(), clock.instant());
        queue.tick();
    }

    /** Loads the list and the queue for the first time. */
    public void load() {
        list.load(null, () -> { });
        queue.load();
    }

    /** Reloads list, header and queue (selecting {@code deploymentId}), then tells every screen. */
    public void changed(String deploymentId) {
        evaluation.wake();
        queue.load();
        list.load(deploymentId, () -> changes.set(changes.get() + 1));
    }

    /** Selects {@code deploymentId} in the list ("Go to" from the queue), reloading it when the row is not there yet. */
    public void select(String deploymentId) {
        if (deploymentId != null && !list.select(deploymentId)) {
            list.load(deploymentId, () -> { });
        }
    }

    private void rolledBack(List<AutomatedRollback> rollbacks) {
        rollbackListener.accept(rollbacks);
        changed(null);
    }

    /** Called on the callback thread after an automated rollback, before the views reload. */
    public void setOnAutomatedRollback(Consumer<List<AutomatedRollback>> listener) {
        this.rollbackListener = listener;
    }

    public DeploymentListViewModel list() {
        return list;
    }

    public DeploymentHeaderViewModel header() {
        return header;
    }

    public DeploymentActions actions() {
        return actions;
    }

    /** "Needs a human". */
    public QueueViewModel queue() {
        return queue;
    }

    public EvaluationLoop evaluation() {
        return evaluation;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Counts completed reloads after changes; the view refreshes every screen when it moves. */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public String workspaceFile() {
        return ShellViewModel.shown(workspace.location());
    }

    public ReadOnlyStringProperty operatorProperty() {
        return settings.operatorProperty();
    }

    /** The one place the console names the time zone its times are in. */
    public String zoneText() {
        return DisplayFormats.zoneNote(clock.getZone(), clock.instant());
    }

    public ReadOnlyStringProperty lastEvaluationTextProperty() {
        return lastEvaluationText.getReadOnlyProperty();
    }

    /** The latest outcome or problem worth a line in the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
