package io.bellwether.ui.health;

import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.domain.RuleResult;
import java.time.Instant;
import java.util.Map;

/** The PromQL query behind a rule's measured value, for a deployment bound to Prometheus. */
final class RuleQueries {
    private RuleQueries() {
    }

    /** The metric a rule measures (error_rate for both error rules, the custom metric's name for a custom rule). */
    static String metricOf(String rule) {
        if (rule.equals(RollbackPolicy.ERROR_RATE_THRESHOLD) || rule.equals(RollbackPolicy.ERROR_RATE_INCREASE)) {
            return "error_rate";
        }
        return rule.startsWith(RollbackPolicy.CUSTOM_PREFIX) ? rule.substring(RollbackPolicy.CUSTOM_PREFIX.length())
                : rule;
    }

    /** The rule's query as sent at {@code at}, or null when the binding has none for its metric. */
    static String of(MetricsBinding binding, Deployment deployment, RuleResult rule, Instant at) {
        Map<String, String> queries = binding.queries(deployment, deployment.modelVersion(), at);
        return queries.get(metricOf(rule.rule()));
    }
}
