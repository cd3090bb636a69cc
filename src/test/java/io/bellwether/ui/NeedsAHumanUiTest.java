package io.bellwether.ui;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.DeploymentLifecycle;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.ModelStage;
import io.bellwether.ui.queue.QueueViewModel;
import io.bellwether.ui.shell.DeploymentRow;
import io.bellwether.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** The "Needs a human" button and panel in the real console: the count, the rows, "Go to", resuming empties it. */
@ExtendWith(ApplicationExtension.class)
class NeedsAHumanUiTest {
    private final ConsoleUi console = new ConsoleUi();
    private String pausedId;
    private String otherId;
    @TempDir
    Path dir;

    /** The console on a paused canary, a staging deployment and a pending promotion. */
    @Start
    void start(Stage stage) {
        console.start(stage, needingAHuman(dir.resolve("ws")));
    }

    private Path needingAHuman(Path database) {
        try (Workspace setup = Bellwether.openRecordOnly(database)) {
            DeploymentLifecycle lifecycle = setup.lifecycle();
            otherId = lifecycle.createDeployment(Fixtures.direct("churn_predictor", "v3.1.0", "staging")).deploymentId();
            pausedId = lifecycle.createDeployment(Fixtures.canary("v2.0.0", "production")).deploymentId();
            lifecycle.startDeployment(pausedId, "alice");
            lifecycle.setCanaryPaused(pausedId, true, "alice");
            setup.registry().registerModel("churn_predictor", "v3.2.0", "./m.pt", "pytorch", "ds", Map.of());
            setup.registry().requestPromotion("churn_predictor", "v3.2.0", ModelStage.STAGING, "ml", "ready");
        }
        return database;
    }

    @AfterEach
    void stop() throws Exception {
        console.stop();
    }

    @SuppressWarnings("unchecked")
    private static TableView<QueueViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#queueTable").queryAs(TableView.class);
    }

    /**
     * The queue's rows and the button's count, read on the FX thread: a tick that re-ages the rows replaces
     * them ({@code setAll}), and read from the test's thread in the middle of that the table looks empty.
     */
    private static boolean shows(FxRobot robot, int rows) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table(robot).getItems().size() == rows && badge(robot)
                .equals("Needs a human: " + rows)).get();
    }

    private static String badge(FxRobot robot) {
        return robot.lookup("#queueButton").queryAs(ToggleButton.class).getText();
    }

    @Test
    void theButtonCountsTheItemsAndGoToSelectsTheDeploymentAndItsTab(FxRobot robot) throws Exception {
        console.waitForPhase(ShellViewModel.Phase.CONSOLE, 30);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Needs a human: 2".equals(
                robot.lookup("#queueButton").queryAs(ToggleButton.class).getText()));
        assertThat(robot.lookup("#queuePanel").query().isVisible()).isFalse();
        ConsoleUi.selectRow(robot, otherId);

        robot.clickOn("#queueButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#queuePanel").query().isVisible()).isTrue();
        TableView<QueueViewModel.Row> rows = table(robot);
        assertThat(rows.getItems()).extracting(QueueViewModel.Row::kind)
                .containsExactly("pending promotion", "paused canary");
        assertThat(rows.getItems().get(1).target()).isEqualTo(pausedId + " · production");
        assertThat(rows.getItems().get(1).reason()).isEqualTo("paused by alice");

        Button goTo = robot.lookup("#queueTable .queue-go-to").queryAllAs(Button.class).stream()
                .filter(b -> b.getParent() != null && ((javafx.scene.control.TableCell<?, ?>) b.getParent()).getIndex() == 1)
                .findFirst().orElseThrow();
        robot.clickOn(goTo);
        ListView<DeploymentRow> list = robot.lookup("#deploymentList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getSelectionModel().getSelectedItem() != null
                && pausedId.equals(list.getSelectionModel().getSelectedItem().id()));
        TabPane tabs = robot.lookup("#screens").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Canary stages");

        console.stored(ws -> {
            ws.lifecycle().setCanaryPaused(pausedId, false, "tester");
            return null;
        });
        robot.interact(() -> { });
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> shows(robot, 1));
        assertThat(WaitForAsyncUtils.asyncFx(() -> badge(robot)).get()).isEqualTo("Needs a human: 1");
    }

    @Test
    void anEmptyQueueSaysNothingNeedsAHuman(FxRobot robot) throws Exception {
        console.waitForPhase(ShellViewModel.Phase.CONSOLE, 30);
        console.stored(ws -> {
            ws.lifecycle().setCanaryPaused(pausedId, false, "tester");
            ws.registry().rejectPromotion("churn_predictor", "v3.2.0", "mgr", "not yet");
            return null;
        });
        robot.clickOn("#queueButton");
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> shows(robot, 0));
        assertThat(robot.lookup("#queueEmpty").queryLabeled().getText()).startsWith("Nothing needs a human");
        assertThat(WaitForAsyncUtils.asyncFx(() -> badge(robot)).get()).isEqualTo("Needs a human: 0");
    }
}
