package io.bellwether.ui.health;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.EnforcedVerdict;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RuleMode;
import io.bellwether.domain.RuleResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The breaches of each rule in {@code observe} mode over the stored checks with metrics: the why table's line per
 * such rule (in how many checks it was breached) and the checks to mark on the charts, so a team can watch a rule
 * before trusting it. Rules not evaluated for want of a baseline get a why line too.
 */
final class ObservedBreaches {
    private final Map<String, List<HealthCheck>> byRule = new TreeMap<>();
    private int judged;
    private EnforcedVerdict last;

    private ObservedBreaches() {
    }

    static ObservedBreaches of(Deployment deployment, List<HealthCheck> history) {
        ObservedBreaches observed = new ObservedBreaches();
        ProgressionSettings settings = ProgressionSettings.fromMetadata(deployment.metadata());
        settings.ruleModes().forEach((rule, mode) -> {
            if (mode == RuleMode.OBSERVE) {
                observed.byRule.put(rule, new ArrayList<>());
            }
        });
        for (HealthCheck check : history) {
            if (check.metrics().equals(PerformanceMetrics.EMPTY)) {
                continue;
            }
            observed.last = EnforcedVerdict.judge(deployment.baselineMetrics(), check.metrics(),
                    deployment.rollbackConfig(), deployment.rollbackConfig().minRequestsBeforeCheck(), settings, 0);
            observed.judged++;
            observed.last.observedBreaches().forEach(rule -> observed.byRule.computeIfPresent(rule.rule(), (r, checks) -> {
                checks.add(check);
                return checks;
            }));
        }
        return observed;
    }

    static List<WhyRow> rows(Deployment deployment, List<HealthCheck> history) {
        return of(deployment, history).rows();
    }

    /** Per observe-mode rule, the checks in which it was breached, oldest first. */
    Map<String, List<HealthCheck>> breaches() {
        return byRule;
    }

    List<WhyRow> rows() {
        List<WhyRow> rows = new ArrayList<>();
        byRule.forEach((rule, checks) -> rows.add(new WhyRow("Observe mode: breached in " + checks.size() + " of "
                + judged + " checks", new RuleResult(rule, Double.NaN, Double.NaN, Double.NaN, false,
                "recorded, never acted on"))));
        if (last != null) {
            last.notEvaluated().forEach(rule -> rows.add(new WhyRow("Latest check", new RuleResult(rule, Double.NaN,
                    Double.NaN, Double.NaN, false, EnforcedVerdict.NO_BASELINE))));
        }
        return rows;
    }
}
