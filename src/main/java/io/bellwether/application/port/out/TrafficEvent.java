package io.bellwether.application.port.out;

import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.InvalidInputException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a traffic controller is told: the step and the deployment's fields. {@code traffic} is the share
 * of requests (0..1) the new model should receive after the step, null when Bellwether does not know it
 * (a start without an {@code initial_traffic}); {@code stage} is the 1-based stage number of a stage change, {@code reason}
 * for rollbacks.
 */
public record TrafficEvent(TrafficAction action, String deploymentId, String model, String version,
                           String environment, String strategy, Double traffic, Integer stage, String reason,
                           String operator, Instant occurredAt) {

    public TrafficEvent {
        if (action == null) {
            throw new InvalidInputException("traffic event", null, "is required");
        }
        Checks.required("deployment_id", deploymentId);
        Checks.required("environment", environment);
        Checks.required("operator", operator);
        if (traffic != null) {
            Checks.fraction("traffic", traffic);
        }
        if (occurredAt == null) {
            throw new InvalidInputException("occurred_at", null, "is required");
        }
    }

    public static TrafficEvent of(TrafficAction action, Deployment d, Double traffic, Integer stage, String reason,
                                  String operator, Instant at) {
        return new TrafficEvent(action, d.deploymentId(), d.modelName(), d.modelVersion(), d.environment(),
                d.strategy().value(), traffic, stage, reason, operator, at);
    }

    /**
     * The fields by their wire names, in the order a command receives them as arguments; the command
     * adapter exports each as {@code BELLWETHER_<NAME>}, the HTTP adapter posts them as JSON. Absent
     * values are null.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event", action.value());
        fields.put("deployment_id", deploymentId);
        fields.put("model", model);
        fields.put("version", version);
        fields.put("environment", environment);
        fields.put("strategy", strategy);
        fields.put("traffic", traffic);
        fields.put("reason", reason);
        fields.put("operator", operator);
        fields.put("stage", stage);
        fields.put("occurred_at", occurredAt.toString());
        return fields;
    }
}
