package io.bellwether.ui.shadow;

import io.bellwether.application.AuditTrail;
import io.bellwether.application.DeploymentService;
import io.bellwether.ui.ConsoleScreen;
import io.bellwether.ui.TaskExecutor;
import javafx.scene.Node;

/** The shadow comparison tab. */
public final class ShadowComparisonScreen implements ConsoleScreen {
    private final ShadowComparisonViewModel model;
    private final ShadowComparisonView view;

    public ShadowComparisonScreen(DeploymentService deployments, AuditTrail audit, TaskExecutor executor) {
        this(deployments, executor, ShadowSampleSource.through(deployments));
    }

    public ShadowComparisonScreen(DeploymentService deployments, TaskExecutor executor, ShadowSampleSource samples) {
        this.model = new ShadowComparisonViewModel(deployments, executor, samples);
        this.view = new ShadowComparisonView(model);
    }

    public ShadowComparisonViewModel viewModel() {
        return model;
    }

    @Override
    public String title() {
        return "Shadow comparison";
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
        model.refresh();
    }
}
