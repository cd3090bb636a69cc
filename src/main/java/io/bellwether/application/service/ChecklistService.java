package io.bellwether.application.service;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.in.MetricsBindings;
import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.application.port.in.NotificationWebhook;
import io.bellwether.application.port.in.Notifications;
import io.bellwether.application.port.in.PreDeploymentChecklist;
import io.bellwether.application.port.in.ShadowComparisons;
import io.bellwether.application.port.in.TrafficHookSettings;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PreDeploymentCheck;
import io.bellwether.domain.PreDeploymentItem;
import io.bellwether.domain.PromotionStatus;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowVerdict;
import io.bellwether.domain.ReadinessCriteria;
import java.util.ArrayList;
import java.util.List;

/** {@link PreDeploymentChecklist} from the workspace's other use cases; confirmations in its audit trail. */
record ChecklistService(ModelRegistry registry, ShadowComparisons shadows, DeploymentQueries queries,
                        TrafficHookSettings hooks, MetricsBindings bindings, Notifications notifications,
                        AuditTrail trail, WorkspaceStore store, AuditChain audit) implements PreDeploymentChecklist {
    static final String RESOURCE = "model_version";

    @Override
    public Answers answer(String name, String version, String environment) {
        Checks.name("environment", environment);
        registry.getModel(name, version);
        String ref = name + ":" + version;
        List<PreDeploymentCheck> checks = new ArrayList<>();
        for (PreDeploymentItem item : PreDeploymentItem.values()) {
            checks.add(switch (item) {
                case TESTED_IN_DEVELOPMENT, STAKEHOLDERS_NOTIFIED -> confirmation(item, ref);
                case SHADOW_COMPLETED -> shadow(ref);
                case BENCHMARKS_MET -> ChecklistBenchmarks.check(registry, name, version);
                case ROLLBACK_PLAN -> rollbackPlan(environment);
                case MONITORING -> monitoring(environment);
                case APPROVAL_COMPLETED -> approval(name, version);
            });
        }
        return new Answers(name, version, environment, checks);
    }

    private PreDeploymentCheck confirmation(PreDeploymentItem item, String ref) {
        List<AuditEvent> found = trail.query(new AuditQuery(EventType.CHECKLIST_CONFIRMED, null, null, ref, null, null))
                .stream().filter(e -> item.value().equals(e.details().get("item"))).toList();
        if (found.isEmpty()) {
            return new PreDeploymentCheck(item, false, "not confirmed by an operator yet", auditLink(ref, EventType.CHECKLIST_CONFIRMED));
        }
        AuditEvent last = found.get(found.size() - 1);
        return new PreDeploymentCheck(item, true, "confirmed by " + last.user(), last.timestamp(),
                auditLink(ref, EventType.CHECKLIST_CONFIRMED));
    }

    private PreDeploymentCheck shadow(String ref) {
        ShadowDeployment newest = queries.listShadowDeployments().stream().filter(s -> s.shadowModel().equals(ref))
                .findFirst().orElse(null);
        if (newest == null) {
            return new PreDeploymentCheck(PreDeploymentItem.SHADOW_COMPLETED, false, "no shadow deployment of " + ref,
                    PreDeploymentCheck.Link.NONE);
        }
        ShadowVerdict verdict = ReadinessCriteria.DEFAULTS.judge(shadows.compareShadowDeployment(newest.shadowId()));
        return new PreDeploymentCheck(PreDeploymentItem.SHADOW_COMPLETED, verdict.ready(), newest.shadowId() + " against "
                + newest.primaryModel() + ": " + verdict.headline() + " (" + verdict.agreementCriterion() + ")",
                new PreDeploymentCheck.Link(PreDeploymentCheck.Place.SHADOW, newest.shadowId()));
    }

    private PreDeploymentCheck rollbackPlan(String environment) {
        boolean controlled = hooks.effective(environment).adapter() != HookAdapter.NONE;
        return new PreDeploymentCheck(PreDeploymentItem.ROLLBACK_PLAN, controlled, controlled
                ? "traffic controller " + hooks.effective(environment).adapter().value() + " for " + environment
                        + "; the rollback config is chosen when the canary is created"
                : "record only: no traffic controller for " + environment + ", a rollback would move no traffic",
                new PreDeploymentCheck.Link(PreDeploymentCheck.Place.HOOK_SETTINGS, environment));
    }

    /** Met when a deployment of the environment has a metrics binding and the environment a notification webhook. */
    private PreDeploymentCheck monitoring(String environment) {
        List<String> bound = queries.listDeployments(null, environment).stream().map(Deployment::deploymentId)
                .filter(id -> bindings.find(id).isPresent()).toList();
        List<NotificationWebhook> webhooks = notifications.webhooks().stream()
                .filter(w -> w.environment().equals(environment) || w.environment().equals(HookSettings.ANY_ENVIRONMENT))
                .toList();
        String alerting = webhooks.isEmpty() ? "notification webhook: not configured for " + environment
                : "notification webhook: " + String.join(", ", webhooks.stream().map(w -> w.format().value() + " "
                        + w.shownUrl()).toList());
        String monitoring = bound.isEmpty() ? "no metrics binding for a deployment in " + environment
                : "metrics bound for " + String.join(", ", bound);
        return new PreDeploymentCheck(PreDeploymentItem.MONITORING, !bound.isEmpty() && !webhooks.isEmpty(),
                monitoring + "; " + alerting,
                // Unbound: the link goes to the settings, where a binding is made for the selected deployment.
                new PreDeploymentCheck.Link(PreDeploymentCheck.Place.METRICS_BINDING, bound.isEmpty() ? "" : bound.get(0)));
    }

    private PreDeploymentCheck approval(String name, String version) {
        String ref = name + ":" + version;
        return registry.latestPromotion(name, version).map(r -> r.status() == PromotionStatus.APPROVED
                ? new PreDeploymentCheck(PreDeploymentItem.APPROVAL_COMPLETED, true, "requested by " + r.requestedBy()
                        + ", approved by " + r.reviewer(), r.reviewedAt(), auditLink(ref, EventType.APPROVAL_GRANTED))
                : new PreDeploymentCheck(PreDeploymentItem.APPROVAL_COMPLETED, false, "promotion request "
                        + r.status().value() + (r.reviewer() == null ? "" : " by " + r.reviewer()),
                        auditLink(ref, r.reviewer() == null ? EventType.APPROVAL_REQUESTED : EventType.APPROVAL_REJECTED)))
                .orElse(new PreDeploymentCheck(PreDeploymentItem.APPROVAL_COMPLETED, false, "no promotion requested",
                        PreDeploymentCheck.Link.NONE));
    }

    private static PreDeploymentCheck.Link auditLink(String ref, EventType type) {
        return new PreDeploymentCheck.Link(PreDeploymentCheck.Place.AUDIT_EVENT, ref, type);
    }

    @Override
    public void confirm(String name, String version, PreDeploymentItem item, String actor) {
        Checks.name("actor", actor);
        if (item == null || !item.confirmedByOperator()) {
            throw new InvalidInputException("item", item == null ? null : item.value(),
                    "is answered from the workspace; only tested_in_development and stakeholders_notified are confirmed");
        }
        registry.getModel(name, version);
        store.write(tx -> audit.append(tx, EventType.CHECKLIST_CONFIRMED, EventSeverity.INFO, actor, RESOURCE,
                name + ":" + version, "confirm", Rows.details("item", item.value(), "title", item.title())));
    }

    @Override
    public void override(String name, String version, List<PreDeploymentItem> unmet, String reason, String actor) {
        Checks.name("actor", actor);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", reason, "is required to go on with unmet checklist items");
        }
        Checks.text("reason", reason);
        registry.getModel(name, version);
        store.write(tx -> audit.append(tx, EventType.CHECKLIST_OVERRIDDEN, EventSeverity.WARNING, actor, RESOURCE,
                name + ":" + version, "override", Rows.details("unmet", unmet.stream()
                        .map(PreDeploymentItem::value).toList(), "reason", reason.strip())));
    }
}
