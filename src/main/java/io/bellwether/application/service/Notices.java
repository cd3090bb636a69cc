package io.bellwether.application.service;

import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.NotificationEvidence;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.domain.RuleResult;
import java.util.Map;
import java.util.Optional;

/**
 * The notifications of committed lifecycle steps: each step's evidence (the deciding rule's numbers, the
 * metrics binding's window and query) delivered to the environment's webhooks. Called only after the step's
 * transaction committed.
 */
record Notices(WorkspaceStore store, AuditChain chain, NotificationService notifications) {

    void rolledBack(Deployment d, RuleResult decidingOrNull, String actor) {
        announce(d, NotificationEvidence.ROLLBACK, d.rollbackReason(), decidingOrNull, actor);
    }

    void paused(Deployment d, RuleResult deciding, String reason) {
        announce(d, NotificationEvidence.PAUSED, reason, deciding, Rollbacks.AUTOMATED);
    }

    void inconclusive(Deployment d, String reason) {
        announce(d, NotificationEvidence.INCONCLUSIVE, reason, null, Rollbacks.AUTOMATED);
    }

    void completed(Deployment d, String actor) {
        announce(d, NotificationEvidence.COMPLETED, "deployed to 100% of " + d.environment(), null, actor);
    }

    private void announce(Deployment d, String event, String reason, RuleResult rule, String actor) {
        Optional<MetricsBinding> binding = store.read(tx -> tx.metricsBindings().find(d.deploymentId()));
        String query = binding.map(b -> queryOf(b.queries(d, d.modelVersion(), chain.now()), rule)).orElse(null);
        notifications.announce(new NotificationEvidence(d.deploymentId(), d.environment(), d.modelName(),
                d.modelVersion(), event, reason, rule == null ? null : rule.rule(),
                rule == null ? null : rule.measured(), rule == null ? null : rule.threshold(),
                rule == null ? null : rule.baseline(), binding.map(MetricsBinding::window).orElse(null), query, actor,
                chain.now()));
    }

    /** The bound query of the metric the rule reads; without a rule, the error-rate query (else none). */
    private static String queryOf(Map<String, String> queries, RuleResult ruleOrNull) {
        String rule = ruleOrNull == null ? RollbackPolicy.ERROR_RATE_THRESHOLD : ruleOrNull.rule();
        String metric = rule.startsWith(RollbackPolicy.CUSTOM_PREFIX) ? rule.substring(RollbackPolicy.CUSTOM_PREFIX.length())
                : rule.startsWith("error_rate") ? "error_rate" : rule;
        return queries.get(metric);
    }
}
