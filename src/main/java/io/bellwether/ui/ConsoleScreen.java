package io.bellwether.ui;

import io.bellwether.domain.PreDeploymentCheck;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * One tab of the console: a view bound to its view model. The shell tells every screen when the
 * selected deployment changes and when stored state changed, on the FX thread.
 */
public interface ConsoleScreen {

    String title();

    Node root();

    /** The deployment (or shadow deployment) the operator selected; null for none. */
    void showDeployment(String deploymentIdOrNull);

    /** Stored state changed (an action, an automated rollback, a drill tick): reload. */
    void refresh();

    /**
     * A screen whose own commands change stored state (a canary advance, a canary created from a
     * review) tells the shell the deployment id it changed, so the list, header and other screens reload.
     */
    default void setOnStoredChange(Consumer<String> changedDeploymentId) {
    }

    /** Shows the place {@code link} names if it is on this screen (after the shell selected its deployment). */
    default boolean reveal(PreDeploymentCheck.Link link) {
        return false;
    }

    /** Where a screen with evidence links sends the operator. */
    default void setNavigator(ConsoleNavigator navigator) {
    }
}
