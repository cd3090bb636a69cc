package io.bellwether.ui.canary;

import io.bellwether.ui.FxTaskExecutor;
import io.bellwether.ui.Screens;
import io.bellwether.ui.common.Screen;
import io.bellwether.ui.views.ScreenFixtures;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class CanaryScheduleScreenTest {
    @TempDir
    static Path directory;
    static ScreenFixtures fixtures;
    Screen<CanaryScheduleViewModel> screen;

    @BeforeAll
    static void fill() {
        fixtures = ScreenFixtures.busy(directory, 100);
    }

    @AfterAll
    static void close() {
        fixtures.workspace.close();
    }

    @Start
    void start(Stage stage) {
        screen = Screens.canary(fixtures.workspace, new FxTaskExecutor(), java.time.Clock.systemUTC());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(screen.root()), 1024, 600));
        stage.show();
    }

    @Test
    void showsTheStagesOfTheCanaryAndAdvancesItWhenAsked(FxRobot robot) throws Exception {
        robot.interact(() -> screen.showDeployment(fixtures.liveCanaryId));
        TableView<?> table = robot.lookup("#canary-stages").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        Label heading = robot.lookup("#canary-heading").queryAs(Label.class);
        assertThat(heading.getText()).contains("fraud_detector:v2.0.0").contains("stage 2 of 5");

        robot.interact(() -> screen.viewModel().operatorProperty().set("dana"));
        robot.clickOn("#canary-advance");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> heading.getText().contains("stage 3 of 5"));

        assertThat(fixtures.workspace.queries().getDeployment(fixtures.liveCanaryId).metadata().get("current_stage"))
                .hasToString("2");
        assertThat(robot.lookup("#canary-status").queryAs(Label.class).getText()).isEqualTo("Advanced to stage 3 (25%) as dana; record only: no traffic moved");
    }

    /** Issue 14 item 11: the stage table's headers and times read whole at 1024 px. */
    @Test
    void theStageColumnsAreNotCut(FxRobot robot) throws Exception {
        robot.interact(() -> screen.showDeployment(fixtures.liveCanaryId));
        TableView<?> table = robot.lookup("#canary-stages").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        // As narrow as the tab gets beside the deployment list in a 1280 px window.
        robot.interact(() -> table.setMaxWidth(640));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WaitForAsyncUtils.asyncFx(() -> io.bellwether.ui.views.ClippedTexts.in(table, java.util.Set.of(
                "Stage", "Label", "Planned start", "Actual start", "Traffic", "Status"))).get()).isEmpty();
    }

    @Test
    void aBlueGreenDeploymentShowsTheEmptyStateAndNoCommands(FxRobot robot) throws Exception {
        robot.interact(() -> screen.showDeployment(fixtures.blueGreenId));
        Label empty = robot.lookup("#canary-empty").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> empty.getText().contains("blue_green"));

        assertThat(empty.isVisible()).isTrue();
        assertThat(robot.lookup("#canary-advance").queryAs(Button.class).isDisabled()).isTrue();
    }
}
