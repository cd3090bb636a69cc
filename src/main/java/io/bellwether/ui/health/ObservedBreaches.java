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
 * The why table's line per rule in {@code observe} mode: in how many of the stored checks with metrics it was
 * breached, so a team can watch a rule before trusting it. Rules not evaluated for want of a baseline get a line too.
 */
final class ObservedBreaches {
    private ObservedBreaches() {
    }

    static List<WhyRow> rows(Deployment deployment, List<HealthCheck> history) {
        ProgressionSettings settings = ProgressionSettings.fromMetadata(deployment.metadata());
        List<WhyRow> rows = new ArrayList<>();
        Map<String, Integer> breaches = new TreeMap<>();
        settings.ruleModes().forEach((rule, mode) -> {
            if (mode == RuleMode.OBSERVE) {
                breaches.put(rule, 0);
            }
        });
        int judged = 0;
        EnforcedVerdict last = null;
        for (HealthCheck check : history) {
            if (check.metrics().equals(PerformanceMetrics.EMPTY)) {
                continue;
            }
            last = EnforcedVerdict.judge(deployment.baselineMetrics(), check.metrics(), deployment.rollbackConfig(),
                    deployment.rollbackConfig().minRequestsBeforeCheck(), settings, 0);
            judged++;
            last.observedBreaches().forEach(rule -> breaches.computeIfPresent(rule.rule(), (r, n) -> n + 1));
        }
        int checks = judged;
        breaches.forEach((rule, count) -> rows.add(new WhyRow("Observe mode: breached in " + count + " of " + checks
                + " checks", new RuleResult(rule, Double.NaN, Double.NaN, Double.NaN, false,
                "recorded, never acted on"))));
        if (last != null) {
            last.notEvaluated().forEach(rule -> rows.add(new WhyRow("Latest check", new RuleResult(rule, Double.NaN,
                    Double.NaN, Double.NaN, false, EnforcedVerdict.NO_BASELINE))));
        }
        return rows;
    }
}
