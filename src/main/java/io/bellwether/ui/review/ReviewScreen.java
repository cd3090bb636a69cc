package io.bellwether.ui.review;

import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.ui.ConsoleScreen;
import io.bellwether.ui.TaskExecutor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/** The manager's review tab: promotion requests, their evidence, the decision and the canary. */
public final class ReviewScreen implements ConsoleScreen {
    private final ReviewViewModel model;
    private final ReviewView view;

    /**
     * @param operator who approves, rejects and creates the canary (the console's operator name)
     */
    public ReviewScreen(ModelRegistry registry, Workspace workspace, AuditTrail audit,
                        TaskExecutor executor, Supplier<String> operator) {
        this.model = new ReviewViewModel(registry, workspace, audit, executor, operator);
        this.view = new ReviewView(model);
        model.refresh();
    }

    /** A canary created from an approved promotion is news to the shell's list. */
    @Override
    public void setOnStoredChange(Consumer<String> changedDeploymentId) {
        model.createdDeploymentProperty().addListener((obs, old, id) -> {
            if (id != null) {
                changedDeploymentId.accept(id);
            }
        });
    }

    public ReviewViewModel viewModel() {
        return model;
    }

    @Override
    public String title() {
        return "Review";
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
