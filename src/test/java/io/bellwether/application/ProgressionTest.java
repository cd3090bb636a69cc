package io.bellwether.application;

import io.bellwether.application.port.in.AutomatedStep;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Automatic progression and the inconclusive pause, on a clock the test moves. */
class ProgressionTest extends ProgressiveTestBase {
    @Test
    void aCanaryAdvancesThroughEveryStageWhenBakedAndHealthyThenCompletes() {
        String id = started(progressive(Map.of("automatic", true, "healthy_checks", 3)));

        healthyChecks(id, 3);
        assertThat(service.lifecycle().progress(null)).as("the first stage has not baked a day yet").isEmpty();
        clock.advance(Duration.ofDays(1));
        healthyChecks(id, 2);
        assertThat(service.lifecycle().progress(id)).as("the last check ran in the stage, 5 so far").hasSize(1);
        Deployment second = service.queries().getDeployment(id);
        assertThat(second.metadata()).containsEntry("current_stage", 1).containsEntry("current_traffic", 0.5);
        AuditEvent advanced = lastEvent();
        assertThat(advanced.type()).isEqualTo(EventType.CANARY_STAGE_CHANGED);
        assertThat(advanced.user()).isEqualTo("automated");
        assertThat(advanced.details()).containsEntry("stage_number", 2).containsEntry("automatic", true);
        assertThat((List<?>) advanced.details().get("relied_on_checks")).hasSize(3)
                .allSatisfy(check -> assertThat(check.toString()).contains("healthy"));

        assertThat(service.lifecycle().progress(id)).as("no check yet in the new stage").isEmpty();
        healthyChecks(id, 2);
        clock.advance(Duration.ofDays(1));
        assertThat(service.lifecycle().progress(id)).as("two healthy checks are fewer than three").isEmpty();
        healthyChecks(id, 1);
        List<AutomatedStep> third = service.lifecycle().progress(id);
        assertThat(third).extracting(AutomatedStep::action, AutomatedStep::stageNumber).containsExactly(
                org.assertj.core.groups.Tuple.tuple("advance", 3));

        healthyChecks(id, 3);
        List<AutomatedStep> done = service.lifecycle().progress(id);
        assertThat(done).extracting(AutomatedStep::action).containsExactly("complete");
        reopen();
        Deployment completed = service.queries().getDeployment(id);
        assertThat(completed.status()).isEqualTo(DeploymentStatus.ACTIVE);
        AuditEvent deployed = eventsOf(EventType.MODEL_DEPLOYED).get(0);
        assertThat(deployed.user()).isEqualTo("automated");
        assertThat((List<?>) deployed.details().get("relied_on_checks")).hasSize(3);
        assertThat(eventsOf(EventType.CANARY_STAGE_CHANGED)).extracting(AuditEvent::user)
                .containsExactly("automated", "automated");
    }

    @Test
    void automaticProgressionIsOffUnlessTurnedOn() {
        String id = started(progressive(Map.of()));
        healthyChecks(id, 5);
        clock.advance(Duration.ofDays(3));
        healthyChecks(id, 5);

        assertThat(service.lifecycle().progress(null)).isEmpty();
        assertThat(service.queries().getDeployment(id).metadata()).doesNotContainKey("current_stage");
    }

    @Test
    void anUnhealthyCheckInTheStageRestartsTheCount() {
        String id = started(progressive(Map.of("automatic", true, "healthy_checks", 2)));
        clock.advance(Duration.ofDays(1));
        healthyChecks(id, 2);
        tick();
        service.health().addHealthCheck(id, HealthStatus.DEGRADED, GOOD, "slow", "op");
        healthyChecks(id, 1);
        assertThat(service.lifecycle().progress(id)).isEmpty();
        healthyChecks(id, 1);
        assertThat(service.lifecycle().progress(id)).extracting(AutomatedStep::stageNumber).containsExactly(2);
    }

    @Test
    void threeUnknownChecksPauseTheCanaryAsInconclusiveUntilAnOperatorResumes() {
        String id = started(progressive(Map.of("automatic", true)));
        for (int i = 0; i < 2; i++) {
            tick();
            feed().missing(id, "no series");
        }
        assertThat(service.lifecycle().progress(id)).isEmpty();
        tick();
        feed().missing(id, "no series");

        List<AutomatedStep> steps = service.lifecycle().progress(id);

        assertThat(steps).extracting(AutomatedStep::action).containsExactly("pause");
        Deployment paused = service.queries().getDeployment(id);
        assertThat(paused.metadata()).containsEntry("paused", true).containsEntry("inconclusive", true);
        AuditEvent event = lastEvent();
        assertThat(event.user()).isEqualTo("automated");
        assertThat(event.action()).isEqualTo("pause");
        assertThat(event.details()).containsEntry("inconclusive", true).containsEntry("paused", true);
        assertThat((List<?>) event.details().get("relied_on_checks")).hasSize(3);
        assertThat(service.lifecycle().progress(id)).as("a paused canary is left alone").isEmpty();

        tick();
        service.lifecycle().setCanaryPaused(id, false, "op");
        assertThat(service.queries().getDeployment(id).metadata()).doesNotContainKey("inconclusive")
                .containsEntry("paused", false);
        assertThat(service.lifecycle().progress(id)).as("the UNKNOWNs before the resume no longer count").isEmpty();
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
    }

    @Test
    void anUnknownLimitOfZeroNeverPauses() {
        String id = started(progressive(Map.of("unknown_limit", 0)));
        for (int i = 0; i < 5; i++) {
            tick();
            feed().missing(id, "no series");
        }
        assertThat(service.lifecycle().progress(id)).isEmpty();
        assertThat(service.queries().healthHistory(id, null, null)).extracting(HealthCheck::status)
                .containsOnly(HealthStatus.UNKNOWN);
    }

    @Test
    void theWatcherPausesABoundCanaryAsInconclusiveAfterThreeRoundsWithoutData() {
        String id = started(progressive(Map.of("automatic", true)));
        workspace.metricsBindings().set(new io.bellwether.application.port.in.MetricsBinding(id,
                UnreachablePrometheus.url(), null, io.bellwether.application.port.in.MetricsPresets.histogram("m"),
                "5m", null, Duration.ofSeconds(2)), "sre");
        io.bellwether.application.port.in.MetricsWatcher.Round round = null;
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            round = workspace.metricsWatcher().round(clock.instant(), id, Duration.ofMinutes(1), "automated");
            assertThat(round.judgements()).singleElement().satisfies(judged ->
                    assertThat(judged.status()).isEqualTo(HealthStatus.UNKNOWN));
        }
        assertThat(round.steps()).extracting(AutomatedStep::action).containsExactly("pause");
        assertThat(round.judgements().get(0).hold()).isEqualTo("inconclusive");
        assertThat(service.queries().getDeployment(id).metadata()).containsEntry("paused", true);
    }
}
