package io.bellwether.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules a deployment is judged by: the engine's {@link RollbackConfig} (thresholds, multiplier, custom
 * rules) and the {@link ProgressionSettings} that enforce it (failure and unknown limits, each rule's mode).
 * Every rule given a mode must be one of the guide's four or a {@code custom:METRIC} of the custom rules.
 */
public record RuleSet(RollbackConfig config, ProgressionSettings settings) {
    public static final String RULE_MODES = ProgressionSettings.RULE_MODES;

    public RuleSet {
        if (config == null || settings == null) {
            throw new InvalidInputException(config == null ? "config" : "settings", null, "is required");
        }
        List<String> rules = rulesOf(config);
        for (String rule : settings.ruleModes().keySet()) {
            if (!rules.contains(rule)) {
                throw new InvalidInputException(RULE_MODES + "." + rule, rule, "is not a rule: must be one of "
                        + String.join(", ", rules));
            }
        }
    }

    /** The deployment's rules as stored; a mode kept for a custom rule that no longer exists is left out. */
    public static RuleSet of(Deployment deployment) {
        RollbackConfig config = deployment.rollbackConfig();
        ProgressionSettings stored = ProgressionSettings.fromMetadata(deployment.metadata());
        Map<String, RuleMode> modes = new TreeMap<>(stored.ruleModes());
        modes.keySet().retainAll(rulesOf(config));
        return new RuleSet(config, new ProgressionSettings(stored.automatic(), stored.healthyChecks(),
                stored.failureLimit(), stored.unknownLimit(), modes));
    }

    /** The guide's four rules, then {@code custom:METRIC} for each custom rule. */
    public List<String> rules() {
        return rulesOf(config);
    }

    private static List<String> rulesOf(RollbackConfig config) {
        List<String> rules = new ArrayList<>(ProgressionSettings.GUIDE_RULES);
        config.customRules().forEach(rule -> rules.add(RollbackPolicy.CUSTOM_PREFIX + rule.metric()));
        return rules;
    }
}
