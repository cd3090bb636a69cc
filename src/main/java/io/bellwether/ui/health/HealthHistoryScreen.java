package io.bellwether.ui.health;

import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.ui.ConsoleScreen;
import io.bellwether.ui.TaskExecutor;
import javafx.scene.Node;

/** The health history tab: checks, latency and error-rate charts with thresholds, and why. */
public final class HealthHistoryScreen implements ConsoleScreen {
    private final HealthHistoryViewModel model;
    private final HealthHistoryView view;

    public HealthHistoryScreen(DeploymentQueries deployments, AuditTrail audit, TaskExecutor executor) {
        this.model = new HealthHistoryViewModel(deployments, audit, executor);
        this.view = new HealthHistoryView(model);
    }

    public HealthHistoryViewModel viewModel() {
        return model;
    }

    @Override
    public String title() {
        return "Health history";
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
}
