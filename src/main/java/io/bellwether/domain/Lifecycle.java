package io.bellwether.domain;

import java.util.Optional;

/**
 * The status state machine: PENDING → IN_PROGRESS (start) → ACTIVE (complete); IN_PROGRESS or
 * ACTIVE → ROLLED_BACK; PENDING or IN_PROGRESS → CANCELLED; any non-final status → FAILED.
 */
public final class Lifecycle {
    private Lifecycle() {
    }

    /** The status the action leads to, if the current status allows it. */
    public static Optional<DeploymentStatus> target(DeploymentStatus from, LifecycleAction action) {
        DeploymentStatus to = switch (action) {
            case START -> from == DeploymentStatus.PENDING ? DeploymentStatus.IN_PROGRESS : null;
            case COMPLETE -> from == DeploymentStatus.IN_PROGRESS ? DeploymentStatus.ACTIVE : null;
            case ROLLBACK -> from.isLive() ? DeploymentStatus.ROLLED_BACK : null;
            case CANCEL -> from == DeploymentStatus.PENDING || from == DeploymentStatus.IN_PROGRESS
                    ? DeploymentStatus.CANCELLED : null;
            case FAIL -> from.isFinal() ? null : DeploymentStatus.FAILED;
        };
        return Optional.ofNullable(to);
    }

    public static boolean allows(DeploymentStatus from, LifecycleAction action) {
        return target(from, action).isPresent();
    }

    /** The next status, or an {@link IllegalTransitionException} naming the deployment, status and action. */
    public static DeploymentStatus next(String deploymentId, DeploymentStatus from, LifecycleAction action) {
        return target(from, action)
                .orElseThrow(() -> new IllegalTransitionException(deploymentId, from, action));
    }
}
