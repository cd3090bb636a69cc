package io.bellwether.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RuleMode;
import io.bellwether.domain.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A replay's rule set as JSON: any of {@code error_rate_threshold}, {@code latency_threshold_multiplier},
 * {@code custom_rules} (replacing the deployment's), {@code failure_limit}, {@code unknown_limit} and
 * {@code rule_modes} ({@code {"latency_p99": "observe"}}, over the deployment's modes). What is absent keeps the
 * deployment's value; any other field, an unknown rule or mode, or a limit below 0 is refused naming the field.
 */
public final class ReplayConfigJson {
    public static final List<String> FIELDS = List.of(RollbackConfigJson.ERROR_RATE_THRESHOLD,
            RollbackConfigJson.LATENCY_THRESHOLD_MULTIPLIER, RollbackConfigJson.CUSTOM_RULES,
            ProgressionSettings.FAILURE_LIMIT, ProgressionSettings.UNKNOWN_LIMIT, ProgressionSettings.RULE_MODES);

    private ReplayConfigJson() {
    }

    /** {@code node} applied over {@code current}. */
    public static RuleSet read(JsonNode node, RuleSet current) {
        JsonFields.object(node, "replay config");
        node.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new InvalidInputException(field, JsonFields.shown(node.get(field)),
                        "is not a replay setting: must be one of " + String.join(", ", FIELDS));
            }
        });
        RollbackConfig was = current.config();
        RollbackConfig config = new RollbackConfig(was.enabled(),
                JsonFields.number(node, RollbackConfigJson.ERROR_RATE_THRESHOLD, was.errorRateThreshold()),
                JsonFields.number(node, RollbackConfigJson.LATENCY_THRESHOLD_MULTIPLIER, was.latencyThresholdMultiplier()),
                was.minRequestsBeforeCheck(), was.checkIntervalSeconds(),
                node.has(RollbackConfigJson.CUSTOM_RULES) ? RollbackConfigJson.customRules(node.get(RollbackConfigJson.CUSTOM_RULES))
                        : was.customRules());
        ProgressionSettings settings = current.settings();
        Map<String, RuleMode> modes = new TreeMap<>(settings.ruleModes());
        JsonNode given = node.get(ProgressionSettings.RULE_MODES);
        if (given != null) {
            JsonFields.object(given, ProgressionSettings.RULE_MODES);
            given.fields().forEachRemaining(entry -> {
                String field = ProgressionSettings.RULE_MODES + "." + entry.getKey();
                if (!entry.getValue().isTextual()) {
                    throw new InvalidInputException(field, JsonFields.shown(entry.getValue()),
                            "must be rollback, pause or observe");
                }
                modes.put(entry.getKey(), RuleMode.fromValue(field, entry.getValue().textValue()));
            });
        }
        modes.values().removeIf(mode -> mode == RuleMode.ROLLBACK);
        return new RuleSet(config, new ProgressionSettings(settings.automatic(), settings.healthyChecks(),
                limit(node, ProgressionSettings.FAILURE_LIMIT, settings.failureLimit()),
                limit(node, ProgressionSettings.UNKNOWN_LIMIT, settings.unknownLimit()), modes));
    }

    private static int limit(JsonNode node, String field, int current) {
        long value = JsonFields.wholeNumber(node, field, current);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new InvalidInputException(field, value, value < 0 ? "must not be negative" : "is too large");
        }
        return (int) value;
    }
}
