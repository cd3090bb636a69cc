package io.bellwether.ui;

import io.bellwether.CliProcess;
import io.bellwether.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16 item 1: commands run from a shell while the console is open show in the console within a second. */
@ExtendWith(ApplicationExtension.class)
class CommandLineUiTest {
    private final ConsoleUi console = new ConsoleUi();
    private Path dir;
    private Path db;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("bellwether-cli-ui");
        db = dir.resolve("bellwether");
        console.startServing(stage, db);
    }

    @AfterEach
    void stop() throws Exception {
        console.stop();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void aDeploymentStartedFromTheShellShowsInTheHeader(FxRobot robot) throws Exception {
        console.waitForPhase(ShellViewModel.Phase.WELCOME, 30);
        CliProcess.Run created = CliProcess.run(dir, "deployments", "create", "--model", "fraud", "--model-version", "v2",
                "--strategy", "direct", "--db", db.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        console.waitForPhase(ShellViewModel.Phase.CONSOLE, 30);
        String deploymentId = console.stored(ws -> ws.queries().listDeployments(null, null).get(0).deploymentId());
        ConsoleUi.selectRow(robot, deploymentId);
        assertThat(ConsoleUi.text(robot, "#headerStatus")).isEqualTo("pending");

        CliProcess.Run run = CliProcess.run(dir, "deployments", "start", deploymentId, "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> ConsoleUi.text(robot, "#headerStatus").equals("in_progress"));
    }

    @Test
    void fromTheWelcomeStateADeploymentCreatedInTheShellOpensTheConsole(FxRobot robot) throws Exception {
        console.waitForPhase(ShellViewModel.Phase.WELCOME, 30);

        CliProcess.Run run = CliProcess.run(dir, "deployments", "create", "--model", "fraud", "--model-version", "v3",
                "--strategy", "direct", "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> console.shell().phaseProperty().get() == ShellViewModel.Phase.CONSOLE);
        // the console's first window on a workspace is built once, as after the welcome state's own "New deployment"
        // looked up on the FX thread: the list is still being built, and a lookup from here could see it half-changed
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                robot.lookup("#deploymentList .list-cell .row-title").queryAll().stream().anyMatch(node ->
                        node instanceof javafx.scene.control.Label label && label.getText().equals("fraud:v3"))).get());
    }
}
