package io.bellwether.application.port.in;

import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import java.time.Instant;
import java.util.Map;

/**
 * What a notification says, the same record in every body format: which deployment, what happened and the
 * evidence for it. {@code rule}, {@code measured}, {@code threshold} and {@code baseline} are the deciding
 * rule's (null for a step no rule decided: an operator's rollback, a completion); {@code window} and
 * {@code query} come from the deployment's metrics binding (null when not bound).
 */
public record NotificationEvidence(String deploymentId, String environment, String model, String version,
                                   String event, String reason, String rule, Double measured, Double threshold,
                                   Double baseline, String window, String query, String actor, Instant time) {
    public static final String ROLLBACK = "rollback";
    public static final String PAUSED = "paused";
    public static final String INCONCLUSIVE = "inconclusive";
    public static final String COMPLETED = "completed";
    public static final String TEST = "test";

    public NotificationEvidence {
        Checks.required("deployment_id", deploymentId);
        Checks.required("environment", environment);
        Checks.required("event", event);
        Checks.required("actor", actor);
        if (time == null) {
            throw new InvalidInputException("time", null, "is required");
        }
        measured = finiteOrNull(measured);
        threshold = finiteOrNull(threshold);
        baseline = finiteOrNull(baseline);
    }

    /** By wire name, in a fixed order; absent values are null. */
    public Map<String, Object> fields() {
        return FieldMap.of("deployment_id", deploymentId, "environment", environment, "model", model,
                "version", version, "event", event, "reason", reason, "rule", rule, "measured", measured,
                "threshold", threshold, "baseline", baseline, "window", window, "query", query, "actor", actor,
                "time", time.toString());
    }

    /** The inverse of {@link #fields()} (a stored delivery's evidence, for a retry). */
    public static NotificationEvidence fromFields(Map<String, Object> f) {
        return new NotificationEvidence(text(f, "deployment_id"), text(f, "environment"), text(f, "model"),
                text(f, "version"), text(f, "event"), text(f, "reason"), text(f, "rule"), number(f, "measured"),
                number(f, "threshold"), number(f, "baseline"), text(f, "window"), text(f, "query"),
                text(f, "actor"), Instant.parse(text(f, "time")));
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }

    private static Double number(Map<String, Object> fields, String name) {
        return fields.get(name) instanceof Number n ? n.doubleValue() : null;
    }

    private static Double finiteOrNull(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : value;
    }
}
