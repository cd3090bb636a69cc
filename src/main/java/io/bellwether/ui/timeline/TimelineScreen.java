package io.bellwether.ui.timeline;

import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.ui.ConsoleScreen;
import io.bellwether.ui.TaskExecutor;
import java.time.Clock;
import javafx.scene.Node;

/** The Deployment timeline tab. */
public final class TimelineScreen implements ConsoleScreen {
    private final TimelineViewModel viewModel;
    private final TimelineView view;

    public TimelineScreen(DeploymentQueries deployments, AuditTrail audit, TaskExecutor executor, Clock clock) {
        viewModel = new TimelineViewModel(deployments, audit, executor, clock);
        view = new TimelineView(viewModel);
        viewModel.load();
    }

    public TimelineViewModel viewModel() {
        return viewModel;
    }

    @Override
    public String title() {
        return "Timeline";
    }

    @Override
    public Node root() {
        return view;
    }

    @Override
    public void showDeployment(String deploymentIdOrNull) {
        viewModel.highlightedLaneProperty().set(deploymentIdOrNull);
    }

    @Override
    public void refresh() {
        viewModel.load();
    }
}
