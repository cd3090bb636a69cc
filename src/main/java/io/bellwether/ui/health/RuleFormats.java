package io.bellwether.ui.health;

import io.bellwether.domain.RollbackPolicy;
import io.bellwether.domain.RuleResult;
import io.bellwether.ui.common.DisplayFormats;

/**
 * Prints a rule result's numbers in the rule's own terms: latency rules measure a ratio to the
 * baseline latency, the error-rate increase rule a relative increase, the threshold rule a rate.
 */
public final class RuleFormats {
    private RuleFormats() {
    }

    public static String measured(RuleResult rule) {
        if (isLatency(rule)) {
            return ratio(rule.measured()) + " (" + DisplayFormats.millis(rule.measured() * rule.baseline()) + ")";
        }
        return isErrorRate(rule) ? DisplayFormats.percent(rule.measured()) : DisplayFormats.decimal(rule.measured(), 4);
    }

    public static String threshold(RuleResult rule) {
        if (isLatency(rule)) {
            return ratio(rule.threshold()) + " baseline";
        }
        return isErrorRate(rule) ? DisplayFormats.percent(rule.threshold()) : DisplayFormats.decimal(rule.threshold(), 4);
    }

    public static String baseline(RuleResult rule) {
        if (isLatency(rule)) {
            return DisplayFormats.millis(rule.baseline());
        }
        return isErrorRate(rule) ? DisplayFormats.percent(rule.baseline()) : DisplayFormats.decimal(rule.baseline(), 4);
    }

    private static boolean isLatency(RuleResult rule) {
        return rule.rule().equals(RollbackPolicy.LATENCY_P95) || rule.rule().equals(RollbackPolicy.LATENCY_P99);
    }

    private static boolean isErrorRate(RuleResult rule) {
        return rule.rule().equals(RollbackPolicy.ERROR_RATE_THRESHOLD) || rule.rule().equals(RollbackPolicy.ERROR_RATE_INCREASE);
    }

    private static String ratio(double value) {
        return DisplayFormats.decimal(value, 2) + "×";
    }
}
