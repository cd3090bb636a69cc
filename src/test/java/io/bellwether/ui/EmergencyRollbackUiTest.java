package io.bellwether.ui;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4 item 7 (c) and (d): the emergency rollback on a real workspace; issue 14 item 5: Start in
 * production asks with its context, and Ctrl+Enter confirms both dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class EmergencyRollbackUiTest {
    @TempDir
    Path dir;
    private final ConsoleUi console = new ConsoleUi();
    private String pendingId;
    private String runningId;

    @Start
    void start(Stage stage) {
        Path database = dir.resolve("ws");
        try (Workspace setup = Bellwether.openRecordOnly(database)) {
            pendingId = setup.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production")).deploymentId();
            runningId = setup.lifecycle().createDeployment(Fixtures.direct("churn_predictor", "v3.1.0", "staging")).deploymentId();
            setup.lifecycle().startDeployment(runningId, "alice");
        }
        console.start(stage, database);
    }

    @AfterEach
    void stop() throws Exception {
        console.stop();
    }

    private List<AuditEvent> rollbackEvents(String id) throws Exception {
        return console.stored(ws -> ws.audit().query(new AuditQuery(EventType.MODEL_ROLLED_BACK, null, null, id, null, null)));
    }

    @Test
    void theEmergencyRollbackButtonIsOnScreenInASmallWindow(FxRobot robot) throws Exception {
        console.waitForPhase(ShellViewModel.Phase.CONSOLE, 30);
        Button rollback = robot.lookup("#emergencyRollbackButton").queryButton();
        javafx.geometry.Bounds inScene = rollback.localToScene(rollback.getBoundsInLocal());
        assertThat(rollback.isVisible()).isTrue();
        assertThat(rollback.getScene().getWindow()).isNotNull();
        assertThat(inScene.getMaxX()).isLessThanOrEqualTo(rollback.getScene().getWidth());
        assertThat(inScene.getMaxY()).isLessThanOrEqualTo(rollback.getScene().getHeight());
        assertThat(inScene.getMinX()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void startsOneAndRollsItBackWithAReason(FxRobot robot) throws Exception {
        console.waitForPhase(ShellViewModel.Phase.CONSOLE, 30);
        ConsoleUi.selectRow(robot, pendingId);
        assertThat(robot.lookup("#emergencyRollbackButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#startButton");
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#stepContext").tryQuery().isPresent());
        assertThat(robot.lookup("#stepContext .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("Environment: production");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ENTER)
                .release(javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.CONTROL);
        console.waitForStored(ws -> ws.queries().getDeployment(pendingId).status() == DeploymentStatus.IN_PROGRESS);
        WelcomeUiTest.waitForBadge(robot, "in_progress");

        robot.clickOn("#emergencyRollbackButton");
        robot.clickOn("#emergencyReason").write("EMERGENCY: checkout errors");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ENTER)
                .release(javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.CONTROL);

        console.waitForStored(ws -> ws.queries().getDeployment(pendingId).status() == DeploymentStatus.ROLLED_BACK);
        Deployment stored = console.stored(ws -> ws.queries().getDeployment(pendingId));
        assertThat(stored.rollbackReason()).isEqualTo("EMERGENCY: checkout errors");
        assertThat(stored.rollbackTriggeredBy()).isEqualTo(ConsoleUi.OPERATOR);
        assertThat(rollbackEvents(pendingId)).singleElement().satisfies(event -> {
            assertThat(event.severity()).isEqualTo(EventSeverity.CRITICAL);
            assertThat(event.user()).isEqualTo(ConsoleUi.OPERATOR);
        });
        WelcomeUiTest.waitForBadge(robot, "rolled_back");
        assertThat(ConsoleUi.text(robot, "#headerNote")).isEqualTo("Rollback reason: EMERGENCY: checkout errors (by tester)");
        assertThat(robot.lookup("#emergencyRollbackButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).isTrue();
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#timelineChart .event-rolled-back").tryQuery().isPresent());
    }

    @Test
    void refusesAnEmergencyRollbackWithAnEmptyReason(FxRobot robot) throws Exception {
        console.waitForPhase(ShellViewModel.Phase.CONSOLE, 30);
        ConsoleUi.selectRow(robot, runningId);
        WelcomeUiTest.waitForBadge(robot, "in_progress");
        robot.clickOn("#emergencyRollbackButton");

        Button confirm = robot.lookup("#confirmRollback").queryButton();
        assertThat(confirm.isDisabled()).isTrue();
        assertThat(ConsoleUi.text(robot, "#emergencyReasonError")).contains("reason is required");
        robot.clickOn("#emergencyReason").write("   ");
        assertThat(confirm.isDisabled()).isTrue();
        robot.clickOn(confirm);
        assertThat(robot.lookup("#emergencyReason").tryQuery()).isPresent();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(node -> "Cancel".equals(((Button) node).getText())).queryButton());

        DeploymentStatus status = console.stored(ws -> ws.queries().getDeployment(runningId).status());
        assertThat(status).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(rollbackEvents(runningId)).isEmpty();
        assertThat(ConsoleUi.text(robot, "#headerStatus")).isEqualTo("in_progress");
        assertThat(robot.lookup("#emergencyRollbackButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void theOperatorSetInSettingsIsRecordedWithTheRollback(FxRobot robot) throws Exception {
        console.waitForPhase(ShellViewModel.Phase.CONSOLE, 30);
        robot.clickOn("#settingsButton");
        robot.clickOn("#operatorName").eraseText(ConsoleUi.OPERATOR.length()).write("sre-on-call");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(node -> "OK".equals(((Button) node).getText())).queryButton());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(ConsoleUi.text(robot, "#statusOperator")).isEqualTo("Operator: sre-on-call");

        ConsoleUi.selectRow(robot, runningId);
        robot.clickOn("#emergencyRollbackButton");
        robot.clickOn("#emergencyReason").write("EMERGENCY: drill");
        robot.clickOn("#confirmRollback");

        console.waitForStored(ws -> ws.queries().getDeployment(runningId).status() == DeploymentStatus.ROLLED_BACK);
        Deployment stored = console.stored(ws -> ws.queries().getDeployment(runningId));
        assertThat(stored.rollbackTriggeredBy()).isEqualTo("sre-on-call");
        assertThat(rollbackEvents(runningId)).singleElement().satisfies(event -> assertThat(event.user()).isEqualTo("sre-on-call"));
    }
}
