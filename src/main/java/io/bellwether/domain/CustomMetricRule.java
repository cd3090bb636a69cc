package io.bellwether.domain;

/**
 * A threshold on a custom (business) metric: the guide's trigger 4. The deployment rolls back
 * when the metric's current value is beyond {@code bound} in the given direction.
 */
public record CustomMetricRule(String metric, Direction direction, double bound) {

    public enum Direction {
        /** Roll back when the value is greater than the bound (e.g. cost per request). */
        ABOVE,
        /** Roll back when the value is less than the bound (e.g. conversion rate). */
        BELOW
    }

    public CustomMetricRule {
        Checks.required("custom rule metric", metric);
        if (direction == null) {
            throw new InvalidInputException("custom rule direction", null, "must be ABOVE or BELOW");
        }
        Checks.finite("custom rule bound for " + metric, bound);
    }

    public boolean isBreachedBy(double value) {
        return direction == Direction.ABOVE ? value > bound : value < bound;
    }
}
