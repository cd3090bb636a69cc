package io.bellwether.ui;

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
}
