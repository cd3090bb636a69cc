package io.bellwether.ui.common;

import io.bellwether.domain.PreDeploymentCheck;
import io.bellwether.ui.ConsoleNavigator;
import io.bellwether.ui.ConsoleScreen;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
    private Predicate<PreDeploymentCheck.Link> reveal = link -> false;
    private Consumer<ConsoleNavigator> navigatorHook = navigator -> { };

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

    /** What the screen shows of an evidence link (true when the link is its own). */
    public Screen<M> withReveal(Predicate<PreDeploymentCheck.Link> reveal) {
        this.reveal = Objects.requireNonNull(reveal, "reveal");
        return this;
    }

    /** Where the shell's navigator goes, for a screen with evidence links. */
    public Screen<M> withNavigator(Consumer<ConsoleNavigator> hook) {
        navigatorHook = Objects.requireNonNull(hook, "hook");
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

    @Override
    public boolean reveal(PreDeploymentCheck.Link link) {
        return reveal.test(link);
    }

    @Override
    public void setNavigator(ConsoleNavigator navigator) {
        navigatorHook.accept(navigator);
    }
}
