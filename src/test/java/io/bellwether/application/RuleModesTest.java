package io.bellwether.application;

import io.bellwether.application.port.in.AutomatedStep;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.CustomMetricRule;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EnforcedVerdict;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RuleMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule modes, the failure limit, evaluation without a baseline and refused settings. */
class RuleModesTest extends ProgressiveTestBase {
    static final PerformanceMetrics ERRORS = new PerformanceMetrics(0.036, 0.051, 0.076, 0.02, 80.0);
    static final RollbackConfig WITH_CONVERSION = RollbackConfig.BALANCED.withCustomRules(List.of(
            new CustomMetricRule("conversion", CustomMetricRule.Direction.BELOW, 0.03)));

    HealthCheck lastCheck(String id) {
        List<HealthCheck> checks = service.queries().healthHistory(id, null, null);
        return checks.get(checks.size() - 1);
    }

    @Test
    void anObservedRuleBreachIsRecordedAndCountedButNeverActs() {
        String id = started(progressive(Map.of()));
        service.lifecycle().setRuleMode(id, "error_rate_threshold", RuleMode.OBSERVE, "op");
        AuditEvent changed = lastEvent();
        assertThat(changed.type()).isEqualTo(EventType.CONFIGURATION_CHANGED);
        assertThat(changed.details()).containsEntry("rule", "error_rate_threshold")
                .containsEntry("previous_mode", "rollback").containsEntry("mode", "observe");

        service.lifecycle().setRuleMode(id, "error_rate_increase", RuleMode.OBSERVE, "op");
        tick();
        RollbackDecision decision = feed().measured(id, ERRORS, 5000);

        assertThat(decision.rollback()).isFalse();
        assertThat(decision.rules()).anySatisfy(rule -> assertThat(rule.triggered()).isTrue());
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(lastCheck(id).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(lastCheck(id).message()).contains("observed only: Error rate 2.00% exceeds threshold 1.00%");
        AuditEvent evaluated = eventsOf(EventType.ROLLBACK_EVALUATED).get(0);
        assertThat(evaluated.details()).containsEntry("observed",
                List.of("error_rate_threshold", "error_rate_increase"));
        assertThat(eventsOf(EventType.MODEL_ROLLED_BACK)).isEmpty();
    }

    @Test
    void aPauseRuleHoldsTheCanaryUntilAnOperatorResumes() {
        String id = started(progressive(Map.of("automatic", true, "healthy_checks", 1,
                "rule_modes", Map.of("custom:conversion", "pause"))).rollbackConfig(WITH_CONVERSION));
        clock.advance(Duration.ofDays(1));
        tick();
        EnforcedVerdict verdict = feed().judged(id, new PerformanceMetrics(0.036, 0.051, 0.076, 0.001, 80.0,
                Map.of("conversion", 0.01)), 5000);

        assertThat(verdict.action()).isEqualTo(EnforcedVerdict.Action.PAUSE);
        Deployment held = service.queries().getDeployment(id);
        assertThat(held.status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(held.metadata()).containsEntry("paused", true);
        assertThat(held.metadata().get("pause_reason").toString()).contains("conversion 0.01 is below bound 0.03");
        AuditEvent pause = eventsOf(EventType.CANARY_STAGE_CHANGED).get(0);
        assertThat(pause.user()).isEqualTo("automated");
        assertThat(pause.action()).isEqualTo("pause");
        assertThat(lastCheck(id).status()).isEqualTo(HealthStatus.DEGRADED);

        PerformanceMetrics fine = new PerformanceMetrics(0.036, 0.051, 0.076, 0.001, 80.0, Map.of("conversion", 0.05));
        tick();
        feed().measured(id, fine, 5000);
        assertThat(service.lifecycle().progress(id)).as("held: healthy checks do not advance it").isEmpty();
        tick();
        service.lifecycle().setCanaryPaused(id, false, "op");
        tick();
        feed().measured(id, fine, 5000);
        assertThat(service.lifecycle().progress(id)).extracting(AutomatedStep::stageNumber).containsExactly(2);
        assertThat(eventsOf(EventType.MODEL_ROLLED_BACK)).isEmpty();
    }

    @Test
    void theFailureLimitToleratesThatManyFailedChecksThenRollsBack() {
        String id = started(progressive(Map.of("failure_limit", 1)));
        tick();
        EnforcedVerdict first = feed().judged(id, ERRORS, 5000);
        assertThat(first.action()).isEqualTo(EnforcedVerdict.Action.TOLERATED);
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(lastCheck(id).status()).isEqualTo(HealthStatus.UNHEALTHY);

        tick();
        RollbackDecision second = feed().measured(id, ERRORS, 5000);
        assertThat(second.rollback()).isTrue();
        assertThat(second.reasons()).containsExactly("Error rate 2.00% exceeds threshold 1.00%",
                "Error rate increased by 1900.00% from baseline");
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
    }

    @Test
    void withoutABaselineTheAbsoluteRulesRunAndTheRelativeOnesAreListedAsNotEvaluated() {
        String quiet = started(progressive(Map.of()).baselineMetrics(null));
        tick();
        EnforcedVerdict healthy = feed().judged(quiet, GOOD, 5000);
        assertThat(healthy.notEvaluated()).containsExactly("error_rate_increase", "latency_p95", "latency_p99");
        assertThat(healthy.engine().rules()).extracting(r -> r.rule()).containsExactly("error_rate_threshold");
        assertThat(lastCheck(quiet).message()).contains("latency_p99 not evaluated: no baseline");
        assertThat(eventsOf(EventType.ROLLBACK_EVALUATED).get(0).details().get("not_evaluated").toString())
                .contains("latency_p95=not evaluated: no baseline");

        String failing = started(progressive(Map.of()).baselineMetrics(null));
        tick();
        assertThat(feed().measured(failing, ERRORS, 5000).rollback()).as("the reference would not judge it").isTrue();
        assertThat(service.queries().getDeployment(failing).status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
    }

    @Test
    void badSettingsAreRefusedNamingTheFieldAndNothingIsStored() {
        int deployments = service.queries().listDeployments(null, null).size();
        int events = events().size();
        assertThatThrownBy(() -> started(progressive(Map.of("failure_limit", -1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("failure_limit must not be negative");
        assertThatThrownBy(() -> started(progressive(Map.of("rule_modes", Map.of("latency_p95", "halt")))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rule_modes.latency_p95")
                .hasMessageContaining("must be one of rollback, pause, observe");
        assertThatThrownBy(() -> started(progressive(Map.of("rule_modes", Map.of("custom:cost", "observe")))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("rule ");
        assertThat(service.queries().listDeployments(null, null)).hasSize(deployments);
        assertThat(events()).hasSize(events);

        String id = started(progressive(Map.of()));
        Deployment before = service.queries().getDeployment(id);
        int logged = events().size();
        assertThatThrownBy(() -> new ProgressionSettings(true, 3, 0, -2, Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown_limit");
        assertThatThrownBy(() -> RuleMode.fromValue("mode", "halt")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("mode ");
        assertThatThrownBy(() -> service.lifecycle().setRuleMode(id, "latency_p50", RuleMode.OBSERVE, "op"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("rule ");
        assertThatThrownBy(() -> service.lifecycle().setRuleMode(id, "latency_p95", null, "op"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("mode ");
        assertThatThrownBy(() -> service.lifecycle().setProgressionSettings(id, new ProgressionSettings(true, 3, 0, 3,
                Map.of("custom:cost", RuleMode.PAUSE)), "op")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("rule ");
        assertThat(service.queries().getDeployment(id)).isEqualTo(before);
        assertThat(events()).hasSize(logged);
    }

    @Test
    void settingsChangesAreStoredAndAudited() {
        String id = started(progressive(Map.of()));
        service.lifecycle().setProgressionSettings(id, new ProgressionSettings(true, 5, 2, 4,
                Map.of("latency_p99", RuleMode.OBSERVE)), "op");
        reopen();
        ProgressionSettings stored = ProgressionSettings.fromMetadata(service.queries().getDeployment(id).metadata());
        assertThat(stored).isEqualTo(new ProgressionSettings(true, 5, 2, 4, Map.of("latency_p99", RuleMode.OBSERVE)));
        AuditEvent event = lastEvent();
        assertThat(event.action()).isEqualTo("set_progression");
        assertThat(event.details().get("previous").toString()).contains("automatic=false");
    }
}
