package io.bellwether.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.domain.CustomMetricRule;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.RollbackConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RollbackConfig with the guide's keys; a missing key takes the guide's default. Custom rules are
 * {@code custom_rules: [{"metric": "...", "direction": "above"|"below", "bound": N}]}.
 */
public final class RollbackConfigJson {
    public static final String ENABLED = "enabled";
    public static final String ERROR_RATE_THRESHOLD = "error_rate_threshold";
    public static final String LATENCY_THRESHOLD_MULTIPLIER = "latency_threshold_multiplier";
    public static final String MIN_REQUESTS_BEFORE_CHECK = "min_requests_before_check";
    public static final String CHECK_INTERVAL_SECONDS = "check_interval_seconds";
    public static final String CUSTOM_RULES = "custom_rules";

    private RollbackConfigJson() {
    }

    public static RollbackConfig read(JsonNode node) {
        JsonFields.object(node, "config");
        RollbackConfig defaults = RollbackConfig.DEFAULTS;
        return new RollbackConfig(
                JsonFields.bool(node, ENABLED, defaults.enabled()),
                JsonFields.number(node, ERROR_RATE_THRESHOLD, defaults.errorRateThreshold()),
                JsonFields.number(node, LATENCY_THRESHOLD_MULTIPLIER, defaults.latencyThresholdMultiplier()),
                JsonFields.wholeNumber(node, MIN_REQUESTS_BEFORE_CHECK, defaults.minRequestsBeforeCheck()),
                JsonFields.wholeNumber(node, CHECK_INTERVAL_SECONDS, defaults.checkIntervalSeconds()),
                customRules(node.get(CUSTOM_RULES)));
    }

    static List<CustomMetricRule> customRules(JsonNode node) {
        List<CustomMetricRule> rules = new ArrayList<>();
        if (node == null) {
            return rules;
        }
        if (!node.isArray()) {
            throw new InvalidInputException(CUSTOM_RULES, JsonFields.shown(node), "must be a JSON array");
        }
        for (int i = 0; i < node.size(); i++) {
            try {
                rules.add(customRule(node.get(i)));
            } catch (InvalidInputException e) {
                throw e.within(CUSTOM_RULES + "[" + i + "]");
            }
        }
        return rules;
    }

    private static CustomMetricRule customRule(JsonNode node) {
        JsonFields.object(node, "rule");
        String direction = JsonFields.text(node, "direction");
        CustomMetricRule.Direction parsed = switch (direction.trim().toLowerCase(Locale.ROOT)) {
            case "above" -> CustomMetricRule.Direction.ABOVE;
            case "below" -> CustomMetricRule.Direction.BELOW;
            default -> throw new InvalidInputException("direction", "\"" + direction + "\"", "must be above or below");
        };
        if (node.get("bound") == null) {
            throw new InvalidInputException("bound", "nothing", "is required");
        }
        return new CustomMetricRule(JsonFields.text(node, "metric"), parsed, JsonFields.number(node, "bound", 0));
    }

    public static ObjectNode write(RollbackConfig config) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode();
        node.put(ENABLED, config.enabled());
        node.put(ERROR_RATE_THRESHOLD, config.errorRateThreshold());
        node.put(LATENCY_THRESHOLD_MULTIPLIER, config.latencyThresholdMultiplier());
        node.put(MIN_REQUESTS_BEFORE_CHECK, config.minRequestsBeforeCheck());
        node.put(CHECK_INTERVAL_SECONDS, config.checkIntervalSeconds());
        ArrayNode rules = node.putArray(CUSTOM_RULES);
        for (CustomMetricRule rule : config.customRules()) {
            rules.addObject()
                    .put("metric", rule.metric())
                    .put("direction", rule.direction().name().toLowerCase(Locale.ROOT))
                    .put("bound", rule.bound());
        }
        return node;
    }
}
