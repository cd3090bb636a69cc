package io.bellwether.ui.actions;

import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.Lifecycle;
import io.bellwether.domain.LifecycleAction;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.Command;
import io.bellwether.ui.common.StatusLine;
import io.bellwether.ui.common.StepContexts;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;

/**
 * The action bar's commands. Start, Complete and Emergency rollback are executable only when the
 * selected deployment's lifecycle allows them and no action is running; each runs on the worker as
 * the current operator, then reports the changed deployment id so the shell reloads every view.
 */
public final class DeploymentActions {
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final OperatorPrompts prompts;
    private final ObservableObjectValue<Deployment> selected;
    private final ObservableStringValue operator;
    private final Consumer<String> changed;
    private final Clock clock;
    private final StatusLine status = new StatusLine();
    private final ReadOnlyStringWrapper failedRollbackHook = new ReadOnlyStringWrapper(this, "failedRollbackHook");

    private final Command start;
    private final Command complete;
    private final Command emergencyRollback;
    private final Command newDeployment;
    private final Command newShadowDeployment;
    private final Command retryRollbackHook;

    /**
     * @param changed     receives the id of the deployment an action changed or created, on the
     *                    callback thread, after success and after failure alike
     */
    public DeploymentActions(Workspace workspace, TaskExecutor executor, OperatorPrompts prompts, ObservableObjectValue<Deployment> selected,
                             ObservableStringValue operator, Consumer<String> changed, Clock clock) {
        this.workspace = workspace;
        this.executor = executor;
        this.prompts = prompts;
        this.selected = selected;
        this.operator = operator;
        this.changed = changed;
        this.clock = clock;
        start = new Command("Start", allows(LifecycleAction.START), executor, this::start);
        complete = new Command("Complete", allows(LifecycleAction.COMPLETE), executor, this::complete);
        emergencyRollback = new Command("Emergency rollback", allows(LifecycleAction.ROLLBACK), executor,
                this::emergencyRollback);
        newDeployment = new Command("New deployment", status.busyProperty().not(), executor, this::newDeployment);
        newShadowDeployment = new Command("New shadow deployment", status.busyProperty().not(), executor, this::newShadowDeployment);
        retryRollbackHook = new Command("Retry rollback hook", status.busyProperty().not().and(failedRollbackHook.isNotNull()),
                executor, this::retryRollbackHook);
        status.busyWhile(start.runningProperty().or(complete.runningProperty()).or(emergencyRollback.runningProperty())
                .or(newDeployment.runningProperty()).or(newShadowDeployment.runningProperty())
                .or(retryRollbackHook.runningProperty()));
        selected.addListener((obs, old, now) -> lookUpFailedRollbackHook(now));
        lookUpFailedRollbackHook(selected.get());
    }

    /** Finds out, on the worker, whether the selected rolled-back deployment's rollback hook failed. */
    private void lookUpFailedRollbackHook(Deployment deployment) {
        failedRollbackHook.set(null);
        if (deployment == null || deployment.status() != DeploymentStatus.ROLLED_BACK) {
            return;
        }
        String id = deployment.deploymentId();
        executor.run(() -> workspace.queries().failedRollbackHook(id).map(call -> call.outcome().summary()).orElse(null), summary -> {
            Deployment current = selected.get();
            if (current != null && current.deploymentId().equals(id)) {
                failedRollbackHook.set(summary);
            }
        }, error -> status.say("Could not read the traffic hook calls: " + error.getMessage()));
    }

    private void retryRollbackHook(TaskExecutor worker) {
        Deployment target = selected.get();
        String who = operator.get();
        perform(worker, retryRollbackHook, target.deploymentId(), () -> {
            HookCall call = workspace.lifecycle().retryRollbackHook(target.deploymentId(), who);
            return "Rollback hook of " + target.modelRef() + " succeeded on retry: " + call.outcome().summary();
        });
    }

    private BooleanBinding allows(LifecycleAction action) {
        return Bindings.createBooleanBinding(() -> !status.isBusy() && selected.get() != null
                && Lifecycle.allows(selected.get().status(), action), selected, status.busyProperty());
    }

    private void start(TaskExecutor worker) {
        operatorStep(worker, start, workspace.lifecycle()::startDeployment, "Started ", false);
    }

    private void complete(TaskExecutor worker) {
        operatorStep(worker, complete, workspace.lifecycle()::completeDeployment, "Completed ", true);
    }

    /**
     * Takes {@code take} (deployment id, operator) on the selected deployment; the outcome reads
     * {@code done}, the model, who, and what it did to traffic. In production the operator confirms
     * it first, having read its context ({@code gated}: warn when the gate has not passed).
     */
    private void operatorStep(TaskExecutor worker, Command command, BiConsumer<String, String> take, String done,
                              boolean gated) {
        Deployment target = selected.get();
        String who = operator.get();
        worker.run(() -> StepContexts.of(workspace.queries(), target, command.name(), gated, clock.instant()), context -> {
            if (context.isEmpty() || prompts.confirm(context.get())) {
                perform(worker, command, target.deploymentId(), () -> {
                    take.accept(target.deploymentId(), who);
                    return done + target.modelRef() + " as " + who + "; " + trafficNote(target);
                });
            }
        }, error -> fail(command.name(), target.deploymentId(), error));
    }

    private void emergencyRollback(TaskExecutor worker) {
        Deployment target = selected.get();
        String who = operator.get();
        String note = trafficNote(target);
        prompts.emergencyRollbackReason(target, note).ifPresent(reason -> perform(worker, emergencyRollback,
                target.deploymentId(), () -> {
                    workspace.lifecycle().emergencyRollback(target.deploymentId(), reason, who);
                    return "Rolled back " + target.modelRef() + " (emergency, by " + who + "); " + note;
                }));
    }

    private String trafficNote(Deployment target) {
        return workspace.trafficHooks().effective(target.environment()).trafficNote();
    }

    private void newDeployment(TaskExecutor worker) {
        String who = operator.get();
        prompts.newDeployment(who).ifPresent(form -> {
            worker.run(() -> form.create(workspace.lifecycle(), who), created -> {
                status.say(form.createdMessage(created));
                changed.accept(created.deploymentId());
            }, error -> fail("New deployment", null, error));
        });
    }

    private void newShadowDeployment(TaskExecutor worker) {
        prompts.newShadowDeployment().ifPresent(request -> {
            worker.run(() -> workspace.shadows().shadowDeploy(request.primaryModel(), request.shadowModel(),
                    request.trafficPercentage(), Operators.systemUser()), created -> {
                status.say("Created shadow " + created.shadowModel() + " against " + created.primaryModel());
                changed.accept(created.shadowId());
            }, error -> fail("New shadow deployment", null, error));
        });
    }

    private void perform(TaskExecutor worker, Command command, String deploymentId, Callable<String> work) {
        worker.run(work, outcome -> {
            status.say(outcome);
            changed.accept(deploymentId);
            lookUpFailedRollbackHook(selected.get());
        }, error -> fail(command.name(), deploymentId, error));
    }

    private void fail(String title, String deploymentId, Throwable error) {
        String text = error.getMessage() == null ? error.toString() : error.getMessage();
        status.say(title + " failed: " + text);
        prompts.showError(title + " failed", text);
        if (deploymentId != null) {
            changed.accept(deploymentId);
            lookUpFailedRollbackHook(selected.get());
        }
    }

    public Command startCommand() {
        return start;
    }

    public Command completeCommand() {
        return complete;
    }

    public Command emergencyRollbackCommand() {
        return emergencyRollback;
    }

    public Command newDeploymentCommand() {
        return newDeployment;
    }

    public Command newShadowDeploymentCommand() {
        return newShadowDeployment;
    }

    public Command retryRollbackHookCommand() {
        return retryRollbackHook;
    }

    /** The failed rollback hook call of the selected deployment, summarised; null when none failed. */
    public ReadOnlyStringProperty failedRollbackHookProperty() {
        return failedRollbackHook.getReadOnlyProperty();
    }

    /** The outcome of the last action, and whether work is in flight. */
    public StatusLine status() {
        return status;
    }
}
