package io.bellwether.io;

import io.bellwether.domain.InvalidInputException;
import java.util.Locale;

/** What an import file holds, and the id it is imported into. */
public enum ImportKind {
    /** Metric windows of a deployment, judged against its baseline and stored as its health history. */
    METRICS("deployment"),
    /** Health checks of a deployment. */
    HEALTH_CHECKS("deployment"),
    /** Request-level comparisons of a shadow deployment. */
    SHADOW_COMPARISONS("shadow deployment");

    private final String target;

    ImportKind(String target) {
        this.target = target;
    }

    /** What the target id names. */
    public String target() {
        return target;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ImportKind fromValue(String text) {
        for (ImportKind kind : values()) {
            if (kind.value().equalsIgnoreCase(text.trim()) || kind.name().equalsIgnoreCase(text.trim())) {
                return kind;
            }
        }
        throw new InvalidInputException("kind", text, "must be one of metrics, health-checks, shadow-comparisons");
    }
}
