package io.bellwether.drill;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.CanarySchedule;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.io.JsonFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The drill API the console drives: stepping, the operator's rollback, the report, the drill workspace. */
class DrillRunTest {
    @TempDir
    Path folder;

    @Test
    void anOperatorDrillNotesTheEngineAndRecordsTheOperatorsRollback() throws Exception {
        DrillScenario scenario = ShippedScenarios.load("error-rate-burst");
        try (DrillRun run = DrillRun.open(scenario, DrillMode.OPERATOR, folder.resolve("drill"))) {
            List<WindowResult> seen = new ArrayList<>();
            run.addListener(seen::add);
            WindowResult would = null;
            while (would == null) {
                WindowResult window = run.step();
                if (window.event() == WindowResult.Event.ENGINE_WOULD_ROLL_BACK) {
                    would = window;
                }
            }
            // the operator hesitates for three more windows; the engine did not act on its own
            for (int i = 0; i < 3; i++) {
                assertThat(run.step().statusAfter()).isEqualTo(DeploymentStatus.IN_PROGRESS);
            }
            run.emergencyRollback("oncall@company.com", "EMERGENCY: error burst in drill");

            assertThat(run.finished()).isTrue();
            assertThatThrownBy(run::step).isInstanceOf(IllegalStateException.class);
            assertThat(seen).hasSize(run.windows().size());
            var deployment = run.workspace().queries().getDeployment(run.deploymentId());
            assertThat(deployment.status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
            assertThat(deployment.rollbackTriggeredBy()).isEqualTo("oncall@company.com");
            AuditEvent rollback = run.workspace().audit().query(
                    new AuditQuery(EventType.MODEL_ROLLED_BACK, null, null, null, null, null)).get(0);
            assertThat(rollback.severity()).isEqualTo(EventSeverity.CRITICAL);
            assertThat(rollback.timestamp()).isEqualTo(would.to().plus(scenario.window().multipliedBy(3)));

            DrillReport report = run.report();
            assertThat(report.engineRollback().at()).isEqualTo(would.to());
            assertThat(report.operatorRollback().at()).isEqualTo(rollback.timestamp());
            Duration onsetToEngine = report.detectionTime();
            assertThat(report.operatorDetectionTime()).isEqualTo(onsetToEngine.plus(scenario.window().multipliedBy(3)));
            assertThat(report.passed()).isTrue();
            assertThat(report.checklist()).extracting(ChecklistItem::answer).containsExactly(ChecklistItem.Answer.YES,
                    ChecklistItem.Answer.NO, ChecklistItem.Answer.NOT_MEASURED, ChecklistItem.Answer.NOT_MEASURED);
            assertThat(report.checklist().get(0).firstYesAt()).isEqualTo(would.to());

            JsonNode json = JsonFiles.MAPPER.readTree(DrillReportJson.write(report));
            assertThat(json.get("engine_rollback").get("at").asText()).isEqualTo(would.to().toString());
            assertThat(json.get("operator_rollback").get("by").asText()).isEqualTo("oncall@company.com");
            assertThat(json.get("faults").get(0).get("onset").asText())
                    .isEqualTo(scenario.start().plus(Duration.ofHours(3)).toString());
            assertThat(json.get("decision_tree")).hasSize(4);
            assertThat(json.get("decision_tree").get(3).get("answer").asText()).isEqualTo("not measured");
            String markdown = DrillReportMarkdown.write(report);
            assertThat(markdown).contains("# Drill report: error-rate-burst", "| Error burst +8% for 1h | error_rate | 3h |",
                    "| Is error rate > threshold? | yes |", "Operator rolled back | 3h 40m into the drill");
        }
    }

    @Test
    void theSameSeedGivesTheSameDrill() {
        DrillScenario scenario = ShippedScenarios.load("shadow-disagreement");
        List<WindowResult> first;
        try (DrillRun run = DrillRun.open(scenario, DrillMode.AUTOMATIC, folder.resolve("a"))) {
            first = run.runToEnd();
        }
        try (DrillRun run = DrillRun.open(scenario, DrillMode.AUTOMATIC, folder.resolve("b"))) {
            assertThat(run.runToEnd()).isEqualTo(first);
        }
    }

    @Test
    void aWorkspaceWithProductionDeploymentsIsRefused() {
        Path production = folder.resolve("prod");
        try (Workspace workspace = Bellwether.openRecordOnly(production)) {
            workspace.lifecycle().createDeployment(
                    DeploymentRequest.builder("m", "v1", DeploymentStrategy.DIRECT, "me").build());
        }
        assertThatThrownBy(() -> DrillRun.open(ShippedScenarios.load("healthy-canary"), DrillMode.AUTOMATIC, production))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a drill workspace");
        try (Workspace workspace = Bellwether.openRecordOnly(production)) {
            assertThat(workspace.queries().listDeployments(null, null)).hasSize(1);
        }
    }

    @Test
    void theDefaultDrillWorkspaceIsNotTheProductionOne() {
        assertThat(DrillWorkspaces.defaultLocation()).isNotEqualTo(Bellwether.defaultLocation().toAbsolutePath());
        assertThat(DrillWorkspaces.defaultLocation().getParent().getParent())
                .isEqualTo(Bellwether.defaultLocation().toAbsolutePath().getParent());
        assertThatThrownBy(() -> DrillWorkspaces.open(Bellwether.defaultLocation(), java.time.Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("production workspace");
    }

    @Test
    void drillsShareTheirOwnWorkspaceAndMarkEveryDeployment() {
        Path drills = folder.resolve("drills");
        for (String name : List.of("error-rate-burst", "latency-regression")) {
            try (DrillRun run = DrillRun.open(ShippedScenarios.load(name), DrillMode.AUTOMATIC, drills)) {
                run.runToEnd();
            }
        }
        try (Workspace workspace = Bellwether.openRecordOnly(drills)) {
            assertThat(workspace.queries().listDeployments(null, null)).hasSize(2).allSatisfy(d -> {
                assertThat(DrillWorkspaces.isDrill(d)).isTrue();
                assertThat(d.environment()).isEqualTo("drill");
            });
        }
    }

    @Test
    void timeIsSimulatedAndTheHealthHistoryCarriesIt() {
        DrillScenario scenario = ShippedScenarios.load("healthy-canary");
        try (DrillRun run = DrillRun.open(scenario, DrillMode.AUTOMATIC, folder.resolve("drill"))) {
            long realStart = System.nanoTime();
            run.runToEnd();
            assertThat(Duration.ofNanos(System.nanoTime() - realStart)).isLessThan(scenario.duration());
            assertThat(run.clock().instant()).isEqualTo(scenario.end());
            List<HealthCheck> history = run.workspace().queries().healthHistory(run.deploymentId(), null, null);
            assertThat(history).hasSize((int) scenario.windowCount());
            assertThat(history.get(0).timestamp()).isEqualTo(scenario.start().plus(scenario.window()));
            assertThat(history).extracting(HealthCheck::status).containsOnly(HealthStatus.HEALTHY);
            assertThat(run.promotions()).extracting(Moment::by).containsExactly("stage 2", "stage 3", "stage 4",
                    "completed");
            assertThat(run.promotions().get(0).sinceStart()).isEqualTo(scenario.hold(0));
            assertThat(run.realTimePerWindow(1440)).isEqualTo(Duration.ofNanos(600_000_000_000L / 1440));
        }
    }

    @Test
    void anOperatorWhoReactsLaterThanTheScenarioAllowsDoesNotPass() {
        DrillScenario scenario = ShippedScenarios.load("error-rate-burst");
        try (DrillRun run = DrillRun.open(scenario, DrillMode.OPERATOR, folder.resolve("drill"))) {
            Instant alarm = null;
            for (int i = 0; i < 500 && alarm == null; i++) {
                if (run.step().event() == WindowResult.Event.ENGINE_WOULD_ROLL_BACK) {
                    alarm = run.clock().instant();
                }
            }
            Instant allowedUntil = alarm.plus(scenario.expectation().operatorWithin());
            for (int i = 0; i < 500 && !run.clock().instant().isAfter(allowedUntil); i++) {
                run.step();
            }
            assertThat(run.clock().instant()).isAfter(allowedUntil);
            run.emergencyRollback("oncall@company.com", "EMERGENCY: noticed late");

            DrillReport report = run.report();
            assertThat(report.passed()).isFalse();
            assertThat(report.verdict()).contains("after the engine called for it, later than the 1h the scenario allows");
            assertThat(DrillReportMarkdown.write(report)).contains("**FAILED**").doesNotContain("**PASSED**");
        }
    }

    @Test
    void theDrillsDeploymentCarriesItsScenariosScheduleAndStagesReadOneBased() {
        DrillScenario scenario = ShippedScenarios.load("error-rate-burst");
        try (DrillRun run = DrillRun.open(scenario, DrillMode.AUTOMATIC, folder.resolve("drill"))) {
            var stored = CanarySchedule.fromMetadata(
                    run.workspace().queries().getDeployment(run.deploymentId()).metadata());
            assertThat(stored.stages()).extracting(CanarySchedule.Stage::plannedOffset)
                    .containsExactlyElementsOf(scenario.stages().stream().map(CanarySchedule.Stage::plannedOffset).toList());
            assertThat(stored.stages()).extracting(CanarySchedule.Stage::traffic)
                    .containsExactlyElementsOf(scenario.stages().stream().map(CanarySchedule.Stage::traffic).toList());

            DrillReport report = run.report();
            run.runToEnd();
            report = run.report();
            assertThat(report.engineRollback()).isNotNull();
            assertThat(DrillReportMarkdown.write(report)).contains("at stage " + (report.engineRollback().stage() + 1) + " (");
        }
    }
}
