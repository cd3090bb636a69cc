package io.bellwether.ui;

import io.bellwether.domain.PreDeploymentCheck;

/**
 * Sends the operator to where a piece of evidence is (the Review tab's checklist links): the shell
 * selects the deployment the link names, if any, and shows the tab that reveals it.
 */
@FunctionalInterface
public interface ConsoleNavigator {
    ConsoleNavigator NOWHERE = link -> { };

    void open(PreDeploymentCheck.Link link);
}
