package io.bellwether.ui.health;

import io.bellwether.domain.RuleResult;

/**
 * One line of the "why" panel: a rule's result within one decision (latest check or a past rollback), and
 * for a deployment bound to Prometheus the query its measured value came from (null otherwise).
 */
public record WhyRow(String decision, RuleResult rule, String query) {

    public WhyRow(String decision, RuleResult rule) {
        this(decision, rule, null);
    }
}
