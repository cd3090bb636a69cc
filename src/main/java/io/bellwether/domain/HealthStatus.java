package io.bellwether.domain;

/** Result of one health check; {@link #value()} is the guide's wire name. */
public enum HealthStatus implements WireName {
    HEALTHY, DEGRADED, UNHEALTHY, UNKNOWN;

    public static HealthStatus fromValue(String text) {
        return WireNames.parse(HealthStatus.class, "health status", text);
    }
}
