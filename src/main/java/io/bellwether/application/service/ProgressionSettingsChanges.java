package io.bellwether.application.service;

import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Checks;
import io.bellwether.domain.CustomMetricRule;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.domain.RuleMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A deployment's progression settings and rule modes, stored in its metadata and audited as
 * CONFIGURATION_CHANGED with the previous value; a final deployment's settings no longer change.
 */
record ProgressionSettingsChanges(WorkspaceStore store, AuditChain audit) {

    void set(String deploymentId, ProgressionSettings settings, String operator) {
        if (settings == null) {
            throw new InvalidInputException("progression settings", null, "are required");
        }
        Checks.name("operator", operator);
        store.write(tx -> {
            Deployment d = changeable(Rows.deployment(tx, deploymentId));
            requireKnownRules(settings, d.rollbackConfig());
            ProgressionSettings previous = ProgressionSettings.fromMetadata(d.metadata());
            tx.deployments().update(DeploymentChange.of(d).metadata(ProgressionSettings.KEY, settings.asMetadata())
                    .build());
            audit.append(tx, EventType.CONFIGURATION_CHANGED, EventSeverity.INFO, operator, Rows.DEPLOYMENT,
                    deploymentId, "set_progression", Rows.details("previous", previous.asMetadata(),
                            ProgressionSettings.KEY, settings.asMetadata()));
            return null;
        });
    }

    void setRuleMode(String deploymentId, String rule, RuleMode mode, String operator) {
        if (mode == null) {
            throw new InvalidInputException("mode", null, "must be rollback, pause or observe");
        }
        Checks.name("operator", operator);
        store.write(tx -> {
            Deployment d = changeable(Rows.deployment(tx, deploymentId));
            ProgressionSettings previous = ProgressionSettings.fromMetadata(d.metadata());
            requireKnownRule(rule, d.rollbackConfig());
            ProgressionSettings changed = previous.withMode(rule, mode);
            tx.deployments().update(DeploymentChange.of(d).metadata(ProgressionSettings.KEY, changed.asMetadata())
                    .build());
            audit.append(tx, EventType.CONFIGURATION_CHANGED, mode == RuleMode.ROLLBACK ? EventSeverity.INFO
                    : EventSeverity.WARNING, operator, Rows.DEPLOYMENT, deploymentId, "set_rule_mode",
                    Rows.details("rule", rule, "previous_mode", previous.mode(rule).value(), "mode", mode.value()));
            return null;
        });
    }

    /** Settings given at creation (metadata {@code progression}) are read and their rules checked. */
    static void requireValid(java.util.Map<String, Object> metadata, RollbackConfig config) {
        requireKnownRules(ProgressionSettings.fromMetadata(metadata), config == null ? RollbackConfig.DEFAULTS
                : config);
    }

    private static void requireKnownRules(ProgressionSettings settings, RollbackConfig config) {
        settings.ruleModes().keySet().forEach(rule -> requireKnownRule(rule, config));
    }

    private static void requireKnownRule(String rule, RollbackConfig config) {
        List<String> known = new ArrayList<>(ProgressionSettings.GUIDE_RULES);
        for (CustomMetricRule custom : config.customRules()) {
            known.add(RollbackPolicy.CUSTOM_PREFIX + custom.metric());
        }
        if (rule == null || !known.contains(rule)) {
            throw new InvalidInputException("rule", rule == null ? null : "\"" + rule + "\"",
                    "must be one of " + String.join(", ", known));
        }
    }

    private static Deployment changeable(Deployment d) {
        if (d.status().isFinal()) {
            throw new IllegalStateException("Cannot change the progression settings of deployment "
                    + d.deploymentId() + ": its status is " + d.status().value());
        }
        return d;
    }
}
