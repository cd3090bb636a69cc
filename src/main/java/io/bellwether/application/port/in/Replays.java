package io.bellwether.application.port.in;

import io.bellwether.domain.ReplayResult;
import io.bellwether.domain.ReplayWindow;
import io.bellwether.domain.RuleSet;

/** Replays an edited rule set over a deployment's recorded health checks; reads only, nothing stored changes. */
public interface Replays {

    /** The deployment's rules as stored: where an edit starts. */
    RuleSet currentRules(String deploymentId);

    /**
     * {@code rules} over every stored check of the deployment, beside what was recorded.
     *
     * @throws NotFoundException     for an unknown deployment
     * @throws IllegalStateException when it has no health check to replay
     */
    default ReplayResult replay(String deploymentId, RuleSet rules) {
        return replay(deploymentId, rules, ReplayWindow.ALL);
    }

    /**
     * {@code rules} over the stored checks of the deployment inside {@code window}, beside what was recorded.
     *
     * @throws NotFoundException     for an unknown deployment
     * @throws IllegalStateException when the window holds no health check, or more than a replay holds
     */
    ReplayResult replay(String deploymentId, RuleSet rules, ReplayWindow window);
}
