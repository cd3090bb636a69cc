package io.bellwether.ui.drill;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.Durations;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.drill.DrillRun;
import io.bellwether.drill.DrillWorkspaces;
import io.bellwether.drill.Moment;
import io.bellwether.ui.FxTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short drill in the window: error-rate burst at fast speed, the engine calls for a rollback,
 * an empty reason cannot confirm, the operator rolls back with one, and the report shows both moments.
 */
@ExtendWith(ApplicationExtension.class)
class DrillWindowTest {
    static final String OPERATOR = "sre.alice";

    Path location;
    FxTaskExecutor executor;
    DrillWindow window;

    @Start
    void start(Stage stage) {
        location = DrillWorkspaces.temporaryLocation();
        executor = new FxTaskExecutor();
        window = DrillWindow.open(stage, executor, () -> OPERATOR, location);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> window.stage().close());
        CountDownLatch drained = new CountDownLatch(1);
        executor.run(() -> null, ignored -> drained.countDown(), error -> drained.countDown());
        assertThat(drained.await(30, TimeUnit.SECONDS)).isTrue();
        executor.close();
        DrillWorkspaces.deleteTemporary(location);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aShortDrillEndsInAnEmergencyRollbackAndAReport(FxRobot robot) throws Exception {
        assertThat(text(robot, "#drill-band")).startsWith("DRILL \u2014 practice workspace, not production");
        assertThat(window.stage().getScene().getWidth()).isLessThanOrEqualTo(1024);
        assertThat(window.stage().getScene().getHeight()).isLessThanOrEqualTo(600);
        DrillWindow[] again = new DrillWindow[1];
        robot.interact(() -> again[0] = DrillWindow.open(null, executor, () -> OPERATOR, location));
        assertThat(again[0]).as("one drill window at a time").isSameAs(window);
        robot.clickOn("#drill-scenario").clickOn("error-rate-burst");
        robot.clickOn("#drill-speed").clickOn(DrillSpeed.FAST.toString());
        robot.clickOn("#drill-start");
        await(() -> window.viewModel().runProperty().get() != null);
        DrillRun run = window.viewModel().runProperty().get();
        assertThat(run.scenario().name()).isEqualTo("error-rate-burst");
        await(() -> run.engineRollback().isPresent());
        await(() -> text(robot, "#drill-engine").startsWith("Engine would have rolled back at"));
        assertThat(robot.lookup("#drill-tabs").queryAs(TabPane.class).getTabs())
                .extracting(tab -> tab.getText()).containsExactly("Health history", "Canary stages", "Audit trail",
                        "Report");

        robot.clickOn("#drill-emergency");
        await(() -> robot.lookup("#confirmRollback").tryQuery().isPresent());
        Node confirm = robot.lookup("#confirmRollback").query();
        assertThat(text(robot, "#emergencyReasonError")).contains("reason is required");
        assertThat(window.viewModel().stateProperty().get()).isEqualTo(DrillViewModel.State.PAUSED);
        assertThat(confirm.isDisabled()).as("an empty reason cannot confirm").isTrue();
        robot.clickOn("#emergencyReason").write("   ");
        assertThat(confirm.isDisabled()).as("a blank reason cannot confirm").isTrue();
        robot.clickOn("Cancel");
        await(() -> window.viewModel().stateProperty().get() == DrillViewModel.State.RUNNING);
        assertThat(run.workspace().queries().getDeployment(run.deploymentId()).status())
                .isEqualTo(DeploymentStatus.IN_PROGRESS);

        robot.clickOn("#drill-emergency");
        await(() -> robot.lookup("#emergencyReason").tryQuery().isPresent());
        robot.clickOn("#emergencyReason").write("Error rate above 1% on the canary");
        robot.clickOn("#confirmRollback");
        await(() -> window.viewModel().stateProperty().get() == DrillViewModel.State.ENDED);

        Moment operator = run.operatorRollback().orElseThrow();
        Moment engine = run.engineRollback().orElseThrow();
        assertThat(robot.lookup("#drill-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("drill-report-tab");
        assertThat(text(robot, "#drill-report-operator")).startsWith("Operator " + OPERATOR + " rolled back at")
                .contains(Durations.format(operator.sinceStart()) + " into the drill")
                .endsWith("EMERGENCY: Error rate above 1% on the canary");
        assertThat(text(robot, "#drill-report-engine")).startsWith("Engine would have rolled back at")
                .contains(Durations.format(engine.sinceStart()) + " into the drill");
        List<String> body = robot.lookup("#drill-report-body").query().lookupAll(".label").stream()
                .map(label -> ((Label) label).getText()).toList();
        assertThat(body).contains("Drill report: error-rate-burst", "Operator rolled back",
                "Engine rolled back (would have)", "Rollback Decision Tree");
        assertThat(body).anySatisfy(cell -> assertThat(cell)
                .startsWith(Durations.format(operator.sinceStart()) + " into the drill")
                .endsWith("by " + OPERATOR + ": EMERGENCY: Error rate above 1% on the canary"));
        assertThat(body).anySatisfy(cell -> assertThat(cell)
                .startsWith(Durations.format(engine.sinceStart()) + " into the drill")
                .contains("by automated"));
        assertThat(robot.lookup("#drill-export-json").query().isDisabled()).isFalse();

        assertThat(run.workspace().queries().getDeployment(run.deploymentId()).status())
                .isEqualTo(DeploymentStatus.ROLLED_BACK);
        List<AuditEvent> critical = run.workspace().audit().query(new AuditQuery(EventType.MODEL_ROLLED_BACK, OPERATOR,
                EventSeverity.CRITICAL, run.deploymentId(), null, null));
        assertThat(critical).hasSize(1);
        assertThat(critical.get(0).details()).containsEntry("reason", "EMERGENCY: Error rate above 1% on the canary");
    }
}
