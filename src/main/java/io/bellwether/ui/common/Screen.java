package io.bellwether.ui.common;

import io.bellwether.ui.ConsoleScreen;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * One tab of the console assembled from its parts: a title, the view, the view model it binds,
 * what showing a deployment and refreshing mean for that view model, and (for screens whose own
 * commands store changes) how to tell the shell about them.
 *
 * @param <M> the view model, reachable through {@link #viewModel()} for wiring and tests
 */
public final class Screen<M> implements ConsoleScreen {
    private final String title;
    private final M viewModel;
    private final Node view;
    private final Consumer<String> show;
    private final Runnable refresh;
    private Consumer<Consumer<String>> storedChangeHook = listener -> { };

    public Screen(String title, M viewModel, Node view, Consumer<String> show, Runnable refresh) {
        this.title = Objects.requireNonNull(title, "title");
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.view = Objects.requireNonNull(view, "view");
        this.show = Objects.requireNonNull(show, "show");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
    }

    /** Where the shell's listener for stored changes goes, such as the view model's setter. */
    public Screen<M> withStoredChanges(Consumer<Consumer<String>> hook) {
        storedChangeHook = Objects.requireNonNull(hook, "hook");
        return this;
    }

    public M viewModel() {
        return viewModel;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Node root() {
        return view;
    }

    @Override
    public void showDeployment(String deploymentIdOrNull) {
        show.accept(deploymentIdOrNull);
    }

    @Override
    public void refresh() {
        refresh.run();
    }

    @Override
    public void setOnStoredChange(Consumer<String> changedDeploymentId) {
        storedChangeHook.accept(changedDeploymentId);
    }
}
