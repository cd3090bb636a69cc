package io.bellwether.application.service;

import io.bellwether.application.port.out.DeploymentStore;
import io.bellwether.domain.HealthCheck;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The unbroken run of matching checks at the end of a deployment's history, read from the newest end a
 * growing window at a time, so that a history of millions of checks costs what its run costs.
 */
final class TrailingChecks {
    static final int FIRST_WINDOW = 64;
    private static final int GROWTH = 4;

    private TrailingChecks() {
    }

    /** The newest checks since {@code fromOrNull} (inclusive) that all match, at most {@code most}, oldest first. */
    static List<HealthCheck> run(DeploymentStore store, String deploymentId, Instant fromOrNull,
                                 Predicate<HealthCheck> matches, int most) {
        int window = Math.min(FIRST_WINDOW, most);
        while (true) {
            List<HealthCheck> checks = store.latestHealthChecks(deploymentId, fromOrNull, null, window);
            int run = 0;
            while (run < checks.size() && run < most && matches.test(checks.get(checks.size() - 1 - run))) {
                run++;
            }
            boolean olderMayMatch = run == checks.size() && checks.size() == window && run < most;
            if (!olderMayMatch) {
                return List.copyOf(checks.subList(checks.size() - run, checks.size()));
            }
            window = (int) Math.min((long) window * GROWTH, most);
        }
    }
}
