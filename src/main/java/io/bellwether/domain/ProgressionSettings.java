package io.bellwether.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deployment's progressive-analysis settings, kept in its metadata under {@value #KEY}: automatic
 * progression (off by default), the consecutive HEALTHY checks a stage needs before it advances, the
 * failure limit (failed checks tolerated before acting; 0 acts on the first, the guide's behaviour),
 * the consecutive-UNKNOWN limit after which a canary pauses as inconclusive (0: never) and each rule's
 * {@link RuleMode} (absent: rollback).
 */
public record ProgressionSettings(boolean automatic, int healthyChecks, int failureLimit, int unknownLimit,
                                  Map<String, RuleMode> ruleModes) {
    public static final String KEY = "progression";
    public static final String AUTOMATIC = "automatic";
    public static final String HEALTHY_CHECKS = "healthy_checks";
    public static final String FAILURE_LIMIT = "failure_limit";
    public static final String UNKNOWN_LIMIT = "unknown_limit";
    public static final String RULE_MODES = "rule_modes";
    public static final ProgressionSettings DEFAULTS = new ProgressionSettings(false, 3, 0, 3, Map.of());
    /** The guide's four rules, in its order; custom rules are {@code custom:METRIC}. */
    public static final List<String> GUIDE_RULES = List.of(RollbackPolicy.ERROR_RATE_THRESHOLD,
            RollbackPolicy.ERROR_RATE_INCREASE, RollbackPolicy.LATENCY_P95, RollbackPolicy.LATENCY_P99);

    public ProgressionSettings {
        if (healthyChecks < 1) {
            throw new InvalidInputException(HEALTHY_CHECKS, healthyChecks, "must be at least 1");
        }
        Checks.nonNegative(FAILURE_LIMIT, (long) failureLimit);
        Checks.nonNegative(UNKNOWN_LIMIT, (long) unknownLimit);
        Map<String, RuleMode> sorted = new TreeMap<>();
        (ruleModes == null ? Map.<String, RuleMode>of() : ruleModes).forEach((rule, mode) -> {
            if (mode == null) {
                throw new InvalidInputException(RULE_MODES + "." + rule, null, "must be rollback, pause or observe");
            }
            sorted.put(Checks.name("rule", rule), mode);
        });
        ruleModes = java.util.Collections.unmodifiableMap(sorted);
    }

    public RuleMode mode(String rule) {
        return ruleModes.getOrDefault(rule, RuleMode.ROLLBACK);
    }

    public ProgressionSettings withMode(String rule, RuleMode mode) {
        Map<String, RuleMode> modes = new TreeMap<>(ruleModes);
        if (mode == RuleMode.ROLLBACK) {
            modes.remove(rule);
        } else {
            modes.put(rule, mode);
        }
        return new ProgressionSettings(automatic, healthyChecks, failureLimit, unknownLimit, modes);
    }

    /** The settings stored in {@code metadata}, or the defaults; a malformed entry is refused naming its key. */
    public static ProgressionSettings fromMetadata(Map<String, Object> metadata) {
        Object raw = metadata == null ? null : metadata.get(KEY);
        if (raw == null) {
            return DEFAULTS;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new InvalidInputException("metadata " + KEY, raw, "must be an object");
        }
        for (Object key : map.keySet()) {
            if (!List.of(AUTOMATIC, HEALTHY_CHECKS, FAILURE_LIMIT, UNKNOWN_LIMIT, RULE_MODES).contains(key)) {
                throw new InvalidInputException(KEY + "." + key, map.get(key), "is not a progression setting");
            }
        }
        Map<String, RuleMode> modes = new TreeMap<>();
        Object rawModes = map.get(RULE_MODES);
        if (rawModes instanceof Map<?, ?> given) {
            given.forEach((rule, mode) -> modes.put(String.valueOf(rule),
                    RuleMode.fromValue(KEY + "." + RULE_MODES + "." + rule, mode == null ? null : mode.toString())));
        } else if (rawModes != null) {
            throw new InvalidInputException(KEY + "." + RULE_MODES, rawModes, "must be an object of rule: mode");
        }
        return new ProgressionSettings(bool(map.get(AUTOMATIC)), whole(HEALTHY_CHECKS, map.get(HEALTHY_CHECKS), 3),
                whole(FAILURE_LIMIT, map.get(FAILURE_LIMIT), 0), whole(UNKNOWN_LIMIT, map.get(UNKNOWN_LIMIT), 3),
                modes);
    }

    /** The settings as stored in metadata (JSON values only). */
    public Map<String, Object> asMetadata() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put(AUTOMATIC, automatic);
        node.put(HEALTHY_CHECKS, healthyChecks);
        node.put(FAILURE_LIMIT, failureLimit);
        node.put(UNKNOWN_LIMIT, unknownLimit);
        Map<String, Object> modes = new TreeMap<>();
        ruleModes.forEach((rule, mode) -> modes.put(rule, mode.value()));
        node.put(RULE_MODES, modes);
        return node;
    }

    private static boolean bool(Object raw) {
        if (raw == null || raw instanceof Boolean) {
            return Boolean.TRUE.equals(raw);
        }
        String text = raw.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new InvalidInputException(KEY + "." + AUTOMATIC, raw, "must be true or false");
    }

    private static int whole(String field, Object raw, int otherwise) {
        if (raw == null) {
            return otherwise;
        }
        try {
            double value = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(raw.toString().trim());
            if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (int) value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, raw, "must be a whole number");
        }
    }
}
