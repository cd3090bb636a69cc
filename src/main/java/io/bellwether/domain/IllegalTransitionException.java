package io.bellwether.domain;

/** A lifecycle action the deployment's current status does not allow; nothing was written. */
public class IllegalTransitionException extends IllegalStateException {
    private final String deploymentId;
    private final DeploymentStatus status;
    private final LifecycleAction action;

    public IllegalTransitionException(String deploymentId, DeploymentStatus status, LifecycleAction action) {
        super("Cannot " + action.verb() + " deployment " + deploymentId + ": its status is " + status.value());
        this.deploymentId = deploymentId;
        this.status = status;
        this.action = action;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public DeploymentStatus status() {
        return status;
    }

    public LifecycleAction action() {
        return action;
    }
}
