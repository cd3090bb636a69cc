package io.bellwether.ui;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
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

/** Issue 4 item 7 (a) and (b): from the welcome state of an empty workspace. */
@ExtendWith(ApplicationExtension.class)
class WelcomeUiTest {
    @TempDir
    Path dir;
    private final ConsoleUi console = new ConsoleUi();

    @Start
    void start(Stage stage) {
        console.start(stage, dir.resolve("ws"));
    }

    @AfterEach
    void stop() throws Exception {
        console.stop();
    }

    @Test
    void opensTheDemoWorkspaceFromTheWelcomeState(FxRobot robot) throws Exception {
        console.waitForPhase(ShellViewModel.Phase.WELCOME, 30);
        assertThat(robot.lookup("#openDemoButton").queryButton().isDisabled()).isFalse();

        robot.clickOn("#openDemoButton");
        console.waitForPhase(ShellViewModel.Phase.CONSOLE, 180);

        Path opened = console.stored(ws -> ws.location());
        assertThat(opened).isEqualTo(dir.resolve("ws-demo"));
        List<Deployment> stored = console.stored(ws -> ws.queries().listDeployments(null, null));
        assertThat(stored).extracting(Deployment::status).contains(DeploymentStatus.IN_PROGRESS, DeploymentStatus.ACTIVE,
                DeploymentStatus.ROLLED_BACK, DeploymentStatus.PENDING);
        assertThat(ConsoleUi.text(robot, "#statusWorkspace")).endsWith("ws-demo");
        assertThat(ConsoleUi.text(robot, "#statusOperator")).isEqualTo("Operator: tester");
        assertThat(robot.lookup("#deploymentList .list-cell .row-title").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .contains("fraud_detector:v2.0.0", "fraud_detector:v1.5.0", "fraud_detector:v1.0.0");
        assertThat(robot.lookup("#deploymentList .list-cell .badge").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("shadow", "rolled_back", "in_progress", "active");
    }

    @Test
    void createsADeploymentThenStartsAndCompletesIt(FxRobot robot) throws Exception {
        console.waitForPhase(ShellViewModel.Phase.WELCOME, 30);
        robot.clickOn("#welcomeNewDeploymentButton");
        Button create = robot.lookup("#createDeployment").queryButton();
        assertThat(create.isDisabled()).isTrue();
        robot.clickOn("#modelName").write("fraud_detector");
        robot.clickOn("#modelVersion").write("v3.0.0");
        robot.clickOn("#environment").eraseText(10).write("staging");
        assertThat(create.isDisabled()).isFalse();
        robot.clickOn(create);

        console.waitForPhase(ShellViewModel.Phase.CONSOLE, 30);
        Deployment created = console.stored(ws -> ws.queries().listDeployments(null, null).get(0));
        assertThat(created.modelRef()).isEqualTo("fraud_detector:v3.0.0");
        assertThat(created.environment()).isEqualTo("staging");
        assertThat(created.createdBy()).isEqualTo(ConsoleUi.OPERATOR);
        String id = created.deploymentId();

        ConsoleUi.selectRow(robot, id);
        assertThat(ConsoleUi.text(robot, "#headerStatus")).isEqualTo("pending");
        assertThat(robot.lookup("#completeButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#startButton");
        console.waitForStored(ws -> ws.queries().getDeployment(id).status() == DeploymentStatus.IN_PROGRESS);
        waitForBadge(robot, "in_progress");
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#completeButton");
        console.waitForStored(ws -> ws.queries().getDeployment(id).status() == DeploymentStatus.ACTIVE);
        waitForBadge(robot, "active");
        assertThat(ConsoleUi.text(robot, "#headerTimes")).contains("started", "completed");
        assertThat(ConsoleUi.text(robot, "#statusMessage")).isEqualTo("Completed fraud_detector:v3.0.0 as tester; record only: no traffic moved");
    }

    static void waitForBadge(FxRobot robot, String status) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> status.equals(ConsoleUi.text(robot, "#headerStatus")));
    }
}
