package io.bellwether.ui.canary;

import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.ui.ConsoleScreen;
import io.bellwether.ui.TaskExecutor;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.scene.Node;

/** The canary stage schedule tab. */
public final class CanaryScheduleScreen implements ConsoleScreen {
    private final CanaryScheduleViewModel model;
    private final CanaryScheduleView view;

    public CanaryScheduleScreen(Workspace workspace, AuditTrail audit, TaskExecutor executor) {
        this.model = new CanaryScheduleViewModel(workspace, audit, executor, Clock.systemUTC());
        this.view = new CanaryScheduleView(model);
    }

    public CanaryScheduleViewModel viewModel() {
        return model;
    }

    @Override
    public String title() {
        return "Canary stages";
    }

    @Override
    public Node root() {
        return view;
    }

    @Override
    public void showDeployment(String deploymentIdOrNull) {
        model.show(deploymentIdOrNull);
    }

    @Override
    public void refresh() {
        model.load();
    }

    @Override
    public void setOnStoredChange(Consumer<String> changedDeploymentId) {
        model.setOnStoredChange(changedDeploymentId);
    }
}
