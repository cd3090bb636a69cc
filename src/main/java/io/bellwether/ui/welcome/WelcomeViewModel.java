package io.bellwether.ui.welcome;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.actions.OperatorPrompts;
import io.bellwether.ui.common.Command;
import io.bellwether.ui.settings.OperatorSettings;
import io.bellwether.ui.shell.ShellViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The empty workspace's two ways forward: open the demo workspace, or create a deployment. */
public final class WelcomeViewModel {
    private final ShellViewModel shell;
    private final OperatorPrompts prompts;
    private final OperatorSettings settings;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Command openDemo;
    private final Command newDeployment;

    public WelcomeViewModel(ShellViewModel shell, TaskExecutor executor, OperatorPrompts prompts, OperatorSettings settings) {
        this.shell = shell;
        this.prompts = prompts;
        this.settings = settings;
        var ready = Bindings.createBooleanBinding(() -> !busy.get() && shell.phaseProperty().get() == ShellViewModel.Phase.WELCOME,
                busy, shell.phaseProperty());
        openDemo = new Command("Open demo workspace", ready, shell::openDemo);
        newDeployment = new Command("New deployment", ready, executor, this::newDeployment);
        busy.bind(newDeployment.runningProperty());
    }

    private void newDeployment(TaskExecutor worker) {
        Workspace workspace = shell.workspaceProperty().get();
        String who = settings.operator();
        prompts.newDeployment(who).ifPresent(form -> {
            worker.run(() -> form.create(workspace.lifecycle(), who), created -> {
                shell.showConsole();
            }, failure -> {
                prompts.showError("New deployment failed", failure.getMessage());
            });
        });
    }

    public Command openDemoCommand() {
        return openDemo;
    }

    public Command newDeploymentCommand() {
        return newDeployment;
    }

    /** Closes this workspace and opens {@code other} (a file or a team workspace's URL). */
    public void openOther(java.nio.file.Path other) {
        shell.openOther(other);
    }

    public String workspaceFile() {
        return shell.shownLocation();
    }

    public String demoFile() {
        return shell.demoLocation().toAbsolutePath().toString();
    }
}
