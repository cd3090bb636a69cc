package io.bellwether.application.port.in;

import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import java.time.Instant;

/**
 * One stored call of a traffic controller (append-only). {@code deploymentId} is null for a call made
 * by {@code hooks test}; {@code retry} marks a rollback hook called again by an operator; {@code id}
 * is 0 until stored.
 */
public record HookCall(long id, String deploymentId, String environment, TrafficAction action, String operator,
                       Instant calledAt, boolean retry, HookOutcome outcome) {
    public HookCall {
        Checks.name("environment", environment);
        Checks.name("operator", operator);
        if (action == null || calledAt == null || outcome == null) {
            throw new InvalidInputException("hook call", deploymentId, "needs an action, a time and an outcome");
        }
    }

    public boolean succeeded() {
        return outcome.succeeded();
    }

    HookCall withId(long storedId) {
        return new HookCall(storedId, deploymentId, environment, action, operator, calledAt, retry, outcome);
    }
}
