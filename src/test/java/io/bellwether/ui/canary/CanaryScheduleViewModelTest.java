package io.bellwether.ui.canary;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventType;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.views.ScreenFixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class CanaryScheduleViewModelTest {
    @TempDir
    Path directory;
    ScreenFixtures fixtures;
    Workspace service;
    CanaryScheduleViewModel model;

    @BeforeEach
    void fill() {
        fixtures = ScreenFixtures.busy(directory, 100);
        service = fixtures.workspace;
        model = new CanaryScheduleViewModel(service, fixtures.workspace.audit(), new InlineTaskExecutor(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        fixtures.workspace.close();
    }

    @Test
    void stagesShowPlannedAndActualStartsStatusAndGate() {
        model.show(fixtures.liveCanaryId);

        List<StageRow> rows = model.stages();
        var deployment = service.queries().getDeployment(fixtures.liveCanaryId);
        AuditEvent stageChange = stageEvents().get(0);
        assertThat(rows).extracting(StageRow::traffic).containsExactly(0.05, 0.10, 0.25, 0.50, 1.00);
        assertThat(rows).extracting(StageRow::status).containsExactly(StageStatus.DONE, StageStatus.CURRENT,
                StageStatus.NEXT, StageStatus.PLANNED, StageStatus.PLANNED);
        assertThat(rows.get(0).actualStart()).isEqualTo(deployment.startedAt());
        assertThat(rows.get(1).actualStart()).isEqualTo(stageChange.timestamp());
        assertThat(rows.get(2).actualStart()).isNull();
        assertThat(rows.get(2).plannedStart()).isEqualTo(deployment.startedAt().plus(java.time.Duration.ofDays(2)));
        assertThat(rows.get(0).gate()).startsWith("pass (check ");
        assertThat(rows.get(2).gate()).isEmpty();
        assertThat(model.headerProperty().get().heading()).contains("stage 2 of 5");
        // planned: 5 stages and the end of the last, drawn as steps (flat, then up)
        assertThat(model.traffic().planned().getDataCount()).isEqualTo(11);
        assertThat(model.traffic().planned().get(0, 3)).isEqualTo(48.0);
        assertThat(model.traffic().planned().get(1, 3)).isEqualTo(10.0);
        assertThat(model.traffic().planned().get(1, 4)).isEqualTo(25.0);
        double hoursToStageTwo = java.time.Duration.between(deployment.startedAt(), stageChange.timestamp()).toMillis() / 3.6e6;
        assertThat(model.traffic().actual().get(0, 1)).isEqualTo(hoursToStageTwo);
        assertThat(model.traffic().actual().get(1, 1)).isEqualTo(5.0);
        assertThat(model.traffic().actual().get(1, 2)).isEqualTo(10.0);
    }

    @Test
    void advanceMovesToTheNextStageAsTheOperatorAndIsAudited() {
        model.show(fixtures.liveCanaryId);
        model.operatorProperty().set("carol");
        List<String> toldTheShell = new ArrayList<>();
        model.setOnStoredChange(toldTheShell::add);
        assertThat(model.advanceCommand().isExecutable()).isTrue();

        model.advance();

        assertThat(toldTheShell).containsExactly(fixtures.liveCanaryId);

        assertThat(service.queries().getDeployment(fixtures.liveCanaryId).metadata().get("current_stage")).hasToString("2");
        List<AuditEvent> events = stageEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(1).user()).isEqualTo("carol");
        assertThat(model.stages().get(2).status()).isEqualTo(StageStatus.CURRENT);
        assertThat(model.status().messageProperty().get())
                .isEqualTo("Advanced to stage 3 (25%) as carol; record only: no traffic moved");
    }

    @Test
    void advanceInProductionAsksWithStageGateCheckAgeAndAnotherLiveCanary() {
        String other = service.lifecycle().createDeployment(io.bellwether.ui.Fixtures.canary("v3.0.0", "production")).deploymentId();
        service.lifecycle().startDeployment(other, "bob");
        List<io.bellwether.ui.common.StepConfirmation> asked = new ArrayList<>();
        model.setConfirmation(step -> {
            asked.add(step);
            return false;
        });
        model.show(fixtures.liveCanaryId);

        model.advance();

        assertThat(asked).singleElement().satisfies(step -> {
            assertThat(step.title()).isEqualTo("Advance to stage 3 (25%): fraud_detector:v2.0.0 in production");
            assertThat(step.facts()).contains("Environment: production", "Current stage: stage 2 of 5 (10% of traffic)",
                    "Gate: pass");
            assertThat(step.facts()).anySatisfy(fact -> assertThat(fact).startsWith("Last check: ").endsWith(" ago)"));
            assertThat(step.warnings()).singleElement().asString()
                    .startsWith("Another live canary of fraud_detector runs in production: fraud_detector:v3.0.0");
        });
        assertThat(service.queries().getDeployment(fixtures.liveCanaryId).metadata().get("current_stage"))
                .as("declined: the stage stays").hasToString("1");
    }

    @Test
    void pauseStopsAdvancingUntilResumed() {
        model.show(fixtures.liveCanaryId);
        model.operatorProperty().set("carol");

        model.togglePause();

        assertThat(model.headerProperty().get().paused()).isTrue();
        assertThat(model.headerProperty().get().pauseText()).isEqualTo("Resume");
        assertThat(model.advanceCommand().isExecutable()).isFalse();
        assertThat(model.stages().get(1).status()).isEqualTo(StageStatus.PAUSED);
        assertThat(service.queries().getDeployment(fixtures.liveCanaryId).metadata().get("paused")).hasToString("true");

        model.togglePause();

        assertThat(model.headerProperty().get().paused()).isFalse();
        assertThat(model.advanceCommand().isExecutable()).isTrue();
    }

    @Test
    void commandsAreNotExecutableOnARolledBackCanary() {
        model.show(fixtures.rolledBackCanaryId);

        assertThat(model.advanceCommand().isExecutable()).isFalse();
        assertThat(model.pauseOrResumeCommand().isExecutable()).isFalse();
        assertThat(model.stages()).extracting(StageRow::status).contains(StageStatus.STOPPED);
        assertThat(model.stages().get(0).gate()).startsWith("ROLL BACK: ");
        model.advance();
        assertThat(stageEventsOf(fixtures.rolledBackCanaryId)).isEmpty();
    }

    @Test
    void aDeploymentThatIsNotACanaryShowsAnEmptyState() {
        model.show(fixtures.blueGreenId);

        assertThat(model.headerProperty().get().emptyMessage()).contains("is a blue_green deployment");
        assertThat(model.stages()).isEmpty();
        assertThat(model.advanceCommand().isExecutable()).isFalse();

        model.show(null);
        assertThat(model.headerProperty().get().emptyMessage()).startsWith("Select a canary deployment");

        model.show(fixtures.shadowId);
        assertThat(model.headerProperty().get().emptyMessage()).startsWith(fixtures.shadowId + " is a shadow deployment: it has no canary stages");
    }

    private List<AuditEvent> stageEvents() {
        return stageEventsOf(fixtures.liveCanaryId);
    }

    private List<AuditEvent> stageEventsOf(String id) {
        return fixtures.workspace.audit().query(new AuditQuery(EventType.CANARY_STAGE_CHANGED, null, null, id, null, null));
    }
}
