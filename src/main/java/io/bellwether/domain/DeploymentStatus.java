package io.bellwether.domain;

/** The lifecycle states of a deployment; {@link #value()} is the guide's wire name. */
public enum DeploymentStatus implements WireName {
    PENDING, IN_PROGRESS, ACTIVE, FAILED, ROLLED_BACK, CANCELLED;

    public boolean isFinal() {
        return this == FAILED || this == ROLLED_BACK || this == CANCELLED;
    }

    /** The states the rollback engine watches (the reference watches ACTIVE only). */
    public boolean isLive() {
        return this == IN_PROGRESS || this == ACTIVE;
    }

    public static DeploymentStatus fromValue(String text) {
        return WireNames.parse(DeploymentStatus.class, "status", text);
    }
}
