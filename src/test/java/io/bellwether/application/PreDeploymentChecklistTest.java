package io.bellwether.application;

import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsCredentials;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.NotificationFormat;
import io.bellwether.application.port.in.NotificationWebhook;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.PreDeploymentChecklist.Answers;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.PreDeploymentCheck;
import io.bellwether.domain.PreDeploymentItem;
import io.bellwether.domain.ShadowComparison;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every checklist item unmet on a bare version, then met one by one from what the workspace holds. */
class PreDeploymentChecklistTest extends WorkspaceTestBase {
    static final String NAME = "fraud_detector";
    static final String MANAGER = "ml_manager@company.com";

    PreDeploymentCheck check(PreDeploymentItem item) {
        Answers answers = service.checklist().answer(NAME, "v2.0.0", "production");
        return answers.checks().stream().filter(c -> c.item() == item).findFirst().orElseThrow();
    }

    void register(String version, double accuracy) {
        tick();
        service.registry().registerModel(NAME, version, "./m.pt", "pytorch", "ds@company.com",
                Map.of("accuracy", accuracy, "latency_p95", 0.05));
    }

    void approveProduction(String version) {
        tick();
        accounts.as("engineer-os", () -> service.registry().requestPromotion(NAME, version, ModelStage.PRODUCTION,
                "eng@company.com", "ready"));
        tick();
        service.registry().approvePromotion(NAME, version, MANAGER, "ok");
    }

    void shadow(boolean agreeing) {
        String id = service.shadows().shadowDeploy(NAME + ":v1.0.0", NAME + ":v2.0.0", 100, Operators.systemUser())
                .shadowId();
        List<ShadowComparison> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(ShadowComparison.of(Instant.parse("2026-03-14T00:00:00Z").plusSeconds(i), 0.03, 0.03,
                    agreeing || i % 5 != 0));
        }
        service.shadows().recordShadowComparisons(id, batch, Operators.systemUser());
    }

    @Test
    void aBareVersionMeetsNothingAndEveryItemSaysWhy() {
        register("v2.0.0", 0.9);
        service.registry().getModel(NAME, "v2.0.0");
        Answers answers = service.checklist().answer(NAME, "v2.0.0", "production");

        assertThat(answers.checks()).extracting(PreDeploymentCheck::item).containsExactly(PreDeploymentItem.values());
        assertThat(answers.allMet()).isFalse();
        assertThat(answers.unmet()).containsExactlyInAnyOrder(PreDeploymentItem.TESTED_IN_DEVELOPMENT,
                PreDeploymentItem.SHADOW_COMPLETED, PreDeploymentItem.ROLLBACK_PLAN, PreDeploymentItem.MONITORING,
                PreDeploymentItem.STAKEHOLDERS_NOTIFIED, PreDeploymentItem.APPROVAL_COMPLETED);
        assertThat(check(PreDeploymentItem.SHADOW_COMPLETED).evidence()).isEqualTo("no shadow deployment of "
                + NAME + ":v2.0.0");
        assertThat(check(PreDeploymentItem.ROLLBACK_PLAN).evidence()).startsWith("record only");
        assertThat(check(PreDeploymentItem.MONITORING).evidence()).contains("notification webhook: not configured");
        assertThat(check(PreDeploymentItem.APPROVAL_COMPLETED).evidence()).isEqualTo("no promotion requested");
        assertThat(check(PreDeploymentItem.BENCHMARKS_MET).met()).isTrue();
    }

    @Test
    void monitoringNeedsBothAMetricsBindingAndANotificationWebhook() {
        register("v2.0.0", 0.9);
        String deployment = create().deploymentId();
        bind(deployment);
        assertThat(check(PreDeploymentItem.MONITORING).met()).as("metrics bound, no webhook").isFalse();
        assertThat(check(PreDeploymentItem.MONITORING).evidence()).contains("metrics bound for " + deployment)
                .contains("notification webhook: not configured for production");

        service.notifications().add(new NotificationWebhook(0, "staging", URI.create("http://127.0.0.1:9/hook"),
                NotificationFormat.JSON, List.of(), null, null), "sre");
        assertThat(check(PreDeploymentItem.MONITORING).met()).as("a webhook of another environment").isFalse();
        service.notifications().add(new NotificationWebhook(0, "*", URI.create("http://127.0.0.1:9/hook"),
                NotificationFormat.SLACK, List.of(), null, null), "sre");
        assertThat(check(PreDeploymentItem.MONITORING).met()).isTrue();
        assertThat(check(PreDeploymentItem.MONITORING).evidence()).contains("notification webhook: slack http://127.0.0.1:9/***");
    }

    void bind(String deployment) {
        service.metricsBindings().set(new MetricsBinding(deployment, URI.create("http://127.0.0.1:9090"),
                MetricsCredentials.bearer("${env:T}"), MetricsPresets.histogram("serve"), "2m", null,
                Duration.ofSeconds(3)), "sre");
    }

    @Test
    void everyItemIsMetFromTheWorkspaceAndTheConfirmationsAreAudited() {
        register("v1.0.0", 0.9);
        approveProduction("v1.0.0");
        register("v2.0.0", 0.95);
        approveProduction("v2.0.0");
        shadow(true);
        service.trafficHooks().set(HookSettings.command("production", List.of("true"), Duration.ofSeconds(5)), "sre");
        String deployment = create().deploymentId();
        bind(deployment);
        service.notifications().add(new NotificationWebhook(0, "production", URI.create("http://127.0.0.1:9/hook"),
                NotificationFormat.JSON, List.of(), null, null), "sre");
        service.checklist().confirm(NAME, "v2.0.0", PreDeploymentItem.TESTED_IN_DEVELOPMENT, "qa@company.com");
        service.checklist().confirm(NAME, "v2.0.0", PreDeploymentItem.STAKEHOLDERS_NOTIFIED, "pm@company.com");

        Answers answers = service.checklist().answer(NAME, "v2.0.0", "production");
        assertThat(answers.unmet()).isEmpty();
        assertThat(answers.allMet()).isTrue();
        PreDeploymentCheck approval = check(PreDeploymentItem.APPROVAL_COMPLETED);
        assertThat(approval.evidence()).endsWith("approved by " + MANAGER).doesNotContain(" at ");
        assertThat(approval.atOrNull()).isEqualTo(service.registry().latestPromotion(NAME, "v2.0.0").orElseThrow()
                .reviewedAt());
        assertThat(approval.evidence(at -> "<" + at.getEpochSecond() + ">")).isEqualTo(approval.evidence() + " at <"
                + approval.atOrNull().getEpochSecond() + ">");
        assertThat(approval.link()).isEqualTo(new PreDeploymentCheck.Link(PreDeploymentCheck.Place.AUDIT_EVENT,
                NAME + ":v2.0.0", EventType.APPROVAL_GRANTED));
        assertThat(check(PreDeploymentItem.SHADOW_COMPLETED).link().place()).isEqualTo(PreDeploymentCheck.Place.SHADOW);
        assertThat(check(PreDeploymentItem.ROLLBACK_PLAN).link())
                .isEqualTo(new PreDeploymentCheck.Link(PreDeploymentCheck.Place.HOOK_SETTINGS, "production"));
        assertThat(check(PreDeploymentItem.MONITORING).link())
                .isEqualTo(new PreDeploymentCheck.Link(PreDeploymentCheck.Place.METRICS_BINDING, deployment));
        assertThat(check(PreDeploymentItem.BENCHMARKS_MET).link())
                .isEqualTo(new PreDeploymentCheck.Link(PreDeploymentCheck.Place.REGISTRY, NAME + ":v2.0.0"));
        assertThat(check(PreDeploymentItem.SHADOW_COMPLETED).evidence()).contains("READY for promotion");
        assertThat(check(PreDeploymentItem.BENCHMARKS_MET).evidence()).contains("against " + NAME + ":v1.0.0");
        assertThat(check(PreDeploymentItem.STAKEHOLDERS_NOTIFIED).evidence()).startsWith("confirmed by pm@company.com");
        List<AuditEvent> confirmations = eventsOf(EventType.CHECKLIST_CONFIRMED);
        assertThat(confirmations).extracting(AuditEvent::user).containsExactly("qa@company.com", "pm@company.com");
        assertThat(confirmations.get(0).details()).containsEntry("item", "tested_in_development");
    }

    @Test
    void aFailingShadowAndWorseMetricsAreUnmet() {
        register("v1.0.0", 0.95);
        approveProduction("v1.0.0");
        register("v2.0.0", 0.90);
        shadow(false);

        assertThat(check(PreDeploymentItem.SHADOW_COMPLETED).met()).isFalse();
        assertThat(check(PreDeploymentItem.SHADOW_COMPLETED).evidence()).contains("NOT READY");
        assertThat(check(PreDeploymentItem.BENCHMARKS_MET).met()).isFalse();
        assertThat(check(PreDeploymentItem.BENCHMARKS_MET).evidence()).contains("accuracy 0.9500 → 0.9000");
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        register("v2.0.0", 0.9);
        int before = events().size();
        assertThatThrownBy(() -> service.checklist().answer(NAME, "v9", "production"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.checklist().confirm(NAME, "v2.0.0", PreDeploymentItem.APPROVAL_COMPLETED, "x"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("approval_completed");
        assertThatThrownBy(() -> service.checklist().override(NAME, "v2.0.0", List.of(PreDeploymentItem.MONITORING),
                " ", "x")).isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        assertThat(events()).hasSize(before);
        service.checklist().override(NAME, "v2.0.0", List.of(PreDeploymentItem.MONITORING), "alerts next week", "op");
        assertThat(lastEvent().type()).isEqualTo(EventType.CHECKLIST_OVERRIDDEN);
        assertThat(lastEvent().details()).containsEntry("reason", "alerts next week");
    }
}
