package io.bellwether.ui.shadow;

import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.ui.ConsoleScreen;
import io.bellwether.ui.TaskExecutor;
import javafx.scene.Node;

/** The shadow comparison tab. */
public final class ShadowComparisonScreen implements ConsoleScreen {
    private final ShadowComparisonViewModel model;
    private final ShadowComparisonView view;

    public ShadowComparisonScreen(Workspace workspace, AuditTrail audit, TaskExecutor executor) {
        this(workspace, executor, ShadowSampleSource.through(workspace.queries()));
    }

    public ShadowComparisonScreen(Workspace workspace, TaskExecutor executor, ShadowSampleSource samples) {
        this.model = new ShadowComparisonViewModel(workspace, executor, samples);
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
