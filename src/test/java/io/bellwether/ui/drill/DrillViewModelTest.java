package io.bellwether.ui.drill;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.drill.DrillReport;
import io.bellwether.drill.DrillReportJson;
import io.bellwether.drill.DrillReportMarkdown;
import io.bellwether.drill.DrillRun;
import io.bellwether.drill.DrillWorkspaces;
import io.bellwether.drill.ShippedScenarios;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.common.DisplayFormats;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** Drill mode without a toolkit: inline executor, a recording ticker, steps by hand. */
class DrillViewModelTest {
    static final String OPERATOR = "sre.alice";

    @TempDir
    Path folder;
    Path location;
    RecordingTicker ticker;
    DrillViewModel model;

    @BeforeEach
    void open() {
        location = DrillWorkspaces.temporaryLocation();
        ticker = new RecordingTicker();
        model = new DrillViewModel(new InlineTaskExecutor(), () -> OPERATOR, location, ticker);
    }

    @AfterEach
    void close() {
        model.close();
        DrillWorkspaces.deleteTemporary(location);
    }

    private DrillRun start(String scenario, DrillSpeed speed) {
        model.scenario().chosen().set(model.scenario().options().stream()
                .filter(choice -> scenario.equals(choice.shippedName())).findFirst().orElseThrow());
        model.speed().chosen().set(speed);
        model.start();
        return model.runProperty().get();
    }

    /** Ticks until the engine calls for a rollback; fails if it never does within the drill. */
    private void tickUntilTheEngineCalls(DrillRun run) {
        while (run.engineRollback().isEmpty()) {
            assertThat(run.finished()).as("the drill ended before the engine called for a rollback").isFalse();
            model.tick();
        }
    }

    private Deployment stored(DrillRun run) {
        return run.workspace().queries().getDeployment(run.deploymentId());
    }

    @Test
    void offersEveryShippedScenarioAndStartsWithNothingRunning() {
        assertThat(model.scenario().options()).extracting(ScenarioChoice::label).containsExactlyElementsOf(ShippedScenarios.NAMES);
        assertThat(model.stateProperty().get()).isEqualTo(DrillViewModel.State.READY);
        assertThat(model.startCommand().isExecutable()).isTrue();
        assertThat(model.rollbackCommand().isExecutable()).isFalse();
        assertThat(model.stopCommand().isExecutable()).isFalse();
    }

    @Test
    void eachTickSimulatesOneWindowInTheDrillWorkspaceAtTheChosenSpeed() {
        DrillRun run = start("latency-regression", DrillSpeed.HOUR_PER_MINUTE);

        assertThat(model.stateProperty().get()).isEqualTo(DrillViewModel.State.RUNNING);
        assertThat(ticker.running).isTrue();
        assertThat(ticker.period).isEqualTo(run.realTimePerWindow(60)).isEqualTo(java.time.Duration.ofSeconds(10));
        for (int i = 0; i < 3; i++) {
            model.tick();
        }
        assertThat(run.windows()).hasSize(3);
        assertThat(model.windowsShownProperty().get()).isEqualTo(3);
        DrillStatus status = model.statusProperty().get();
        assertThat(status.simulatedTime()).startsWith(DisplayFormats.time(run.clock().instant()))
                .contains("30m into the drill, window 3 of 288");
        assertThat(status.stage()).isEqualTo("Stage 1 of 4, 5.00% traffic, deployment in_progress");
        assertThat(status.faults()).isEqualTo("None");
        assertThat(status.engine()).isEqualTo("The engine has not called for a rollback");
        Deployment deployment = stored(run);
        assertThat(DrillWorkspaces.isDrill(deployment)).isTrue();
        assertThat(deployment.status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(run.workspace().queries().healthHistory(run.deploymentId(), null, null)).hasSize(3);
    }

    @Test
    void changingTheSpeedWhileRunningReschedulesTheTicks() {
        DrillRun run = start("latency-regression", DrillSpeed.HOUR_PER_MINUTE);
        model.speed().chosen().set(DrillSpeed.FAST);
        assertThat(ticker.starts).isEqualTo(2);
        assertThat(ticker.period).isEqualTo(run.realTimePerWindow(DrillSpeed.FAST.simulatedSecondsPerSecond()));
    }

    @Test
    void pausedTicksSimulateNothingUntilResumed() {
        DrillRun run = start("latency-regression", DrillSpeed.FAST);
        model.tick();
        model.togglePause();
        assertThat(ticker.running).isFalse();
        model.tick();
        model.tick();
        assertThat(run.windows()).hasSize(1);
        model.togglePause();
        assertThat(ticker.running).isTrue();
        model.tick();
        assertThat(run.windows()).hasSize(2);
    }

    @Test
    void emergencyRollbackAfterTheEngineCalledEndsTheDrillWithAReportOfBoth() {
        DrillRun run = start("error-rate-burst", DrillSpeed.FAST);
        tickUntilTheEngineCalls(run);
        var engine = run.engineRollback().orElseThrow();
        assertThat(model.statusProperty().get().engine())
                .startsWith("Engine would have rolled back at " + DisplayFormats.time(engine.at()))
                .contains(engine.reasons().get(0));
        model.tick();

        List<Deployment> shown = new java.util.ArrayList<>();
        model.holdForConfirmation(shown::add);
        assertThat(model.stateProperty().get()).isEqualTo(DrillViewModel.State.PAUSED);
        assertThat(shown).singleElement().satisfies(d -> {
            assertThat(d.deploymentId()).isEqualTo(run.deploymentId());
            assertThat(d.status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        });
        assertThat(model.emergencyRollback("  errors above 1% on the canary ")).isTrue();

        assertThat(model.stateProperty().get()).isEqualTo(DrillViewModel.State.ENDED);
        assertThat(ticker.running).isFalse();
        DrillReport report = model.reportProperty().get();
        assertThat(report.operatorRollback().by()).isEqualTo(OPERATOR);
        assertThat(report.operatorRollback().reasons()).containsExactly("EMERGENCY: errors above 1% on the canary");
        assertThat(report.operatorRollback().at()).isEqualTo(run.clock().instant()).isAfter(engine.at());
        assertThat(report.engineRollback()).isEqualTo(engine);
        assertThat(model.operatorRollbackTextProperty().get())
                .startsWith("Operator " + OPERATOR + " rolled back at " + DisplayFormats.time(run.clock().instant()))
                .endsWith("EMERGENCY: errors above 1% on the canary");
        assertThat(model.engineRollbackTextProperty().get())
                .startsWith("Engine would have rolled back at " + DisplayFormats.time(engine.at()));
        assertThat(stored(run).status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(model.statusProperty().get().stage()).endsWith("deployment rolled_back");
        List<AuditEvent> critical = run.workspace().audit().query(new AuditQuery(EventType.MODEL_ROLLED_BACK, null,
                EventSeverity.CRITICAL, run.deploymentId(), null, null));
        assertThat(critical).singleElement().satisfies(event -> {
            assertThat(event.user()).isEqualTo(OPERATOR);
            assertThat(event.details()).containsEntry("reason", "EMERGENCY: errors above 1% on the canary");
        });
        assertThat(model.rollbackCommand().isExecutable()).isFalse();
        assertThat(model.startCommand().isExecutable()).isTrue();
    }

    @Test
    void theAuditedReasonIsMarkedEmergencyExactlyOnce() {
        assertThat(DrillViewModel.emergencyReason(" errors up ")).isEqualTo("EMERGENCY: errors up");
        assertThat(DrillViewModel.emergencyReason("EMERGENCY: errors up")).isEqualTo("EMERGENCY: errors up");
        assertThat(DrillViewModel.emergencyReason("emergency - errors up")).isEqualTo("emergency - errors up");
    }

    @Test
    void aBlankReasonIsRefusedByNameAndTheDrillGoesOn() {
        DrillRun run = start("error-rate-burst", DrillSpeed.FAST);
        model.tick();
        model.holdForConfirmation(deployment -> { });
        assertThat(model.stateProperty().get()).isEqualTo(DrillViewModel.State.PAUSED);

        assertThat(model.emergencyRollback("   ")).isFalse();
        assertThat(model.emergencyRollback(null)).isFalse();
        assertThat(model.messageProperty().get()).contains("reason is required");
        model.cancelConfirmation();

        assertThat(model.stateProperty().get()).isEqualTo(DrillViewModel.State.RUNNING);
        assertThat(ticker.running).isTrue();
        assertThat(stored(run).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(run.workspace().audit().query(new AuditQuery(null, null, EventSeverity.CRITICAL, null, null, null)))
                .isEmpty();
        model.tick();
        assertThat(run.windows()).hasSize(2);
    }

    @Test
    void stopEndsWithoutARollbackAndTheReportExportsAsJsonAndMarkdown() throws Exception {
        DrillRun run = start("healthy-canary", DrillSpeed.FAST);
        model.tick();
        model.tick();
        model.stop();

        DrillReport report = model.reportProperty().get();
        assertThat(report.operatorRollback()).isNull();
        assertThat(report.windows()).isEqualTo(2);
        assertThat(model.operatorRollbackTextProperty().get()).isEqualTo("The operator did not roll back");
        assertThat(stored(run).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        Path json = folder.resolve("report.json");
        Path markdown = folder.resolve("report.md");
        model.exportJson(json);
        model.exportMarkdown(markdown);
        assertThat(Files.readString(json)).isEqualTo(DrillReportJson.write(report));
        assertThat(Files.readString(markdown)).isEqualTo(DrillReportMarkdown.write(report));
        assertThat(model.messageProperty().get()).isEqualTo("Exported the report as Markdown to " + markdown);
    }

    @Test
    void theDrillEndsOnItsOwnAtTheEndOfSimulatedTime() {
        DrillRun run = start("healthy-canary", DrillSpeed.FAST);
        for (long i = 0; i < run.scenario().windowCount(); i++) {
            model.tick();
        }
        assertThat(run.finished()).isTrue();
        assertThat(model.stateProperty().get()).isEqualTo(DrillViewModel.State.ENDED);
        assertThat(model.reportProperty().get().windows()).isEqualTo(run.windows().size());
        assertThat(model.messageProperty().get()).startsWith("The drill reached the end of its simulated time");
    }

    @Test
    void aSecondDrillStartsFreshAfterTheFirstEnded() {
        DrillRun first = start("healthy-canary", DrillSpeed.FAST);
        model.tick();
        model.stop();
        DrillRun second = start("latency-regression", DrillSpeed.FAST);
        assertThat(second).isNotSameAs(first);
        assertThat(model.reportProperty().get()).isNull();
        assertThat(second.workspace().queries().listDeployments(null, null)).hasSize(2)
                .allMatch(DrillWorkspaces::isDrill);
    }

    @Test
    void theProductionWorkspaceIsRefused() {
        DrillViewModel production = new DrillViewModel(new InlineTaskExecutor(), () -> OPERATOR,
                Bellwether.defaultLocation(), ticker);
        production.start();
        assertThat(production.stateProperty().get()).isEqualTo(DrillViewModel.State.READY);
        assertThat(production.runProperty().get()).isNull();
        assertThat(production.messageProperty().get()).startsWith("Could not start the drill: Refusing to run a drill"
                + " in the production workspace");
    }

    @Test
    void aScenarioFileJoinsTheChooserAndABadOneIsRefusedByField() throws Exception {
        Path good = folder.resolve("team-drill.json");
        try (InputStream in = getClass().getResourceAsStream("/drills/error-rate-burst.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(good, text.replace("\"error-rate-burst\"", "\"team-drill\""));
            Files.writeString(folder.resolve("bad.json"), text.replace("\"noise\": 0.05", "\"noise\": 0.9"));
        }
        model.openScenarioFile(good);
        assertThat(model.scenario().chosen().get().label()).isEqualTo("team-drill (team-drill.json)");
        assertThat(model.scenario().options()).hasSize(ShippedScenarios.NAMES.size() + 1);
        model.start();
        assertThat(model.runProperty().get().scenario().name()).isEqualTo("team-drill");

        model.openScenarioFile(folder.resolve("bad.json"));
        assertThat(model.scenario().options()).hasSize(ShippedScenarios.NAMES.size() + 1);
        assertThat(model.messageProperty().get()).contains("bad.json").contains("noise").contains("0.9");
    }
}
