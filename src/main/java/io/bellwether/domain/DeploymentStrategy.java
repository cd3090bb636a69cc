package io.bellwether.domain;

/** The deployment strategies of the guide; {@link #value()} is the guide's wire name. */
public enum DeploymentStrategy {
    DIRECT("direct"), SHADOW("shadow"), CANARY("canary"), BLUE_GREEN("blue_green"), ROLLING("rolling");

    private final String value;

    DeploymentStrategy(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static DeploymentStrategy fromValue(String text) {
        return WireNames.parse(DeploymentStrategy.class, "strategy", text);
    }
}
