package io.bellwether.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bellwether.application.port.in.HookSettings;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Issue 14, items 1, 2 and 4: stages move only while in progress, read 1-based, and say what traffic did. */
class CanaryStageTrustTest extends WorkspaceTestBase {

    @ParameterizedTest
    @EnumSource(value = DeploymentStatus.class, names = {"PENDING", "ACTIVE", "ROLLED_BACK", "FAILED", "CANCELLED"})
    void stageChangesAndPauseAreRefusedUnlessInProgressAndWriteNothing(DeploymentStatus status) {
        String id = deploymentIn(status).deploymentId();
        int eventsBefore = events().size();

        assertThatThrownBy(() -> service.lifecycle().setCanaryStage(id, 2, 0.25, "op"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot change the canary stage of deployment " + id + ": its status is " + status.value());
        assertThatThrownBy(() -> service.lifecycle().setCanaryPaused(id, true, "op"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot pause deployment " + id + ": its status is " + status.value());

        assertThat(events()).hasSize(eventsBefore);
        assertThat(service.queries().getDeployment(id).metadata()).doesNotContainEntry("paused", true);
    }

    @Test
    void completeMovesTheCanaryToItsLastStageAtFullTrafficInTheCompletionEventAlone() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.lifecycle().setCanaryStage(id, 1, 0.10, "op");
        int stageEvents = eventsOf(EventType.CANARY_STAGE_CHANGED).size();

        service.lifecycle().completeDeployment(id, "op");

        Deployment done = service.queries().getDeployment(id);
        assertThat(done.metadata()).containsEntry("current_traffic", 1.0);
        assertThat(((Number) done.metadata().get("current_stage")).intValue())
                .as("the linear ramp from 5 % by 5 % has 20 stages; the last index is 19").isEqualTo(19);
        assertThat(eventsOf(EventType.CANARY_STAGE_CHANGED)).hasSize(stageEvents);
        AuditEvent deployed = eventsOf(EventType.MODEL_DEPLOYED).get(0);
        assertThat(deployed.stageNumber()).contains(20);
        assertThat(deployed.details()).containsEntry("traffic", 1.0);
    }

    @Test
    void theAuditNamesStagesOneBasedAsTheScreensDo() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.lifecycle().setCanaryStage(id, 0, 0.05, "op");
        service.lifecycle().setCanaryStage(id, 1, 0.10, "op");
        service.lifecycle().setCanaryPaused(id, true, "op");

        List<AuditEvent> changes = eventsOf(EventType.CANARY_STAGE_CHANGED);
        assertThat(changes.get(0).details()).containsEntry("stage_number", 1).doesNotContainKey("stage");
        assertThat(changes.get(1).details()).containsEntry("stage_number", 2).containsEntry("previous_stage_number", 1);
        assertThat(changes.get(2).details()).containsEntry("paused", true).containsEntry("stage_number", 2);
        assertThat(changes).extracting(AuditEvent::stageNumber).allMatch(number -> number.isPresent());
    }

    @Test
    void everyTrafficStepSaysNoTrafficMovedWhenNoControllerIsCalled() {
        String rolledBack = deploymentIn(DeploymentStatus.ROLLED_BACK).deploymentId();
        String completed = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.lifecycle().setCanaryStage(completed, 1, 0.10, "op");
        service.lifecycle().completeDeployment(completed, "op");
        String emergency = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.lifecycle().emergencyRollback(emergency, "EMERGENCY: errors", "op");

        for (EventType type : List.of(EventType.DEPLOYMENT_STARTED, EventType.CANARY_STAGE_CHANGED,
                EventType.MODEL_DEPLOYED, EventType.MODEL_ROLLED_BACK)) {
            assertThat(eventsOf(type)).as(type.name()).isNotEmpty().allSatisfy(event -> assertThat(event.details())
                    .containsEntry("traffic_controller", HookSettings.RECORD_ONLY_NOTE));
        }
        assertThat(eventsOf(EventType.MODEL_ROLLED_BACK)).extracting(AuditEvent::resourceId)
                .contains(rolledBack, emergency);
    }
}
