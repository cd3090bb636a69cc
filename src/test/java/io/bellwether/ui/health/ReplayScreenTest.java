package io.bellwether.ui.health;

import io.bellwether.ui.FxTaskExecutor;
import io.bellwether.ui.Screens;
import io.bellwether.ui.common.Screen;
import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.ui.views.ScreenFixtures;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Replay tab of the health history, driven through its controls at 1024x600. */
@ExtendWith(ApplicationExtension.class)
class ReplayScreenTest {
    @RegisterExtension
    static final BusyWorkspace BUSY = new BusyWorkspace();
    Screen<HealthHistoryViewModel> screen;
    ScreenFixtures fixtures;

    @Start
    void start(Stage stage) {
        fixtures = BUSY.fixtures();
        screen = Screens.health(fixtures.workspace, new FxTaskExecutor());
        BUSY.show(stage, screen.root());
    }

    @Test
    void editsTheRulesRunsThemAndDrawsTheReplayedRollbackBesideTheRecordedOne(FxRobot robot) throws Exception {
        robot.interact(() -> screen.showDeployment(fixtures.rolledBackCanaryId));
        TextField failureLimit = robot.lookup("#replay-failure-limit").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "0".equals(failureLimit.getText()));
        robot.interact(() -> robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(pane -> pane.getTabs().stream().anyMatch(tab -> tab.getText().equals("Replay"))).findFirst()
                .orElseThrow().getSelectionModel().selectLast());
        assertThat(robot.lookup("#replay-multiplier").queryAs(TextField.class).getText()).isEqualTo("1.50");
        assertThat(robot.lookup("#replay-mode-latency_p95").queryAs(ChoiceBox.class).getValue()).hasToString("ROLLBACK");

        robot.clickOn("#replay-run");
        TableView<?> checks = robot.lookup("#replay-checks").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> checks.getItems().size() == 13);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#replay-summary").queryAs(Label.class).getText())
                .startsWith("0 of 13 checks flip; replayed rollback at ");
        for (XYChart chart : robot.lookup(".chart").queryAllAs(XYChart.class)) {
            List<String> markers = chart.getPlugins().stream().filter(XValueIndicator.class::isInstance)
                    .map(plugin -> ((XValueIndicator) plugin).getText()).toList();
            assertThat(markers).containsExactly("rollback", "replayed rollback");
            List<Double> labelHeights = chart.getPlugins().stream().filter(XValueIndicator.class::isInstance)
                    .map(plugin -> ((XValueIndicator) plugin).getLabelPosition()).toList();
            assertThat(labelHeights.get(1)).as("the replayed label above the recorded one").isGreaterThan(labelHeights.get(0));
        }

        robot.clickOn("#replay-failure-limit").eraseText(1).write("1");
        robot.clickOn("#replay-run");
        Label summary = robot.lookup("#replay-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary.getText().startsWith("1 of 13"));
        assertThat(summary.getText()).contains("no replayed rollback (recorded at ");
        assertThat(checks.getItems()).hasSize(13);

        robot.clickOn("#replay-failure-limit").eraseText(1).write("-1");
        robot.clickOn("#replay-run");
        Label problem = robot.lookup("#replay-problem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !problem.getText().isEmpty());
        assertThat(problem.getText()).contains("failure_limit must not be negative");
        assertThat(checks.getItems()).isEmpty();

        robot.clickOn("#replay-failure-limit").eraseText(2).write("0");
        String last = DisplayFormats.time(fixtures.workspace.queries().latestHealthChecks(fixtures.rolledBackCanaryId,
                null, null, 1).get(0).timestamp());
        robot.clickOn("#replay-from").write(last);
        robot.clickOn("#replay-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary.getText().contains(" checks from " + last));
        assertThat(checks.getItems()).isNotEmpty().hasSizeLessThan(13);
        assertThat(problem.getText()).isEmpty();
    }

    @Test
    void theChartsMakeRoomForTheReplayAndTakeItBackWhenItIsLeft(FxRobot robot) {
        robot.interact(() -> screen.showDeployment(fixtures.rolledBackCanaryId));
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        TabPane tables = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(pane -> pane.getTabs().stream().anyMatch(tab -> tab.getText().equals("Replay"))).findFirst()
                .orElseThrow();
        assertThat(split.getDividerPositions()[0]).isEqualTo(0.55, within(0.01));

        robot.interact(() -> tables.getSelectionModel().selectLast());
        assertThat(split.getDividerPositions()[0]).isEqualTo(0.4, within(0.01));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".chart").queryAllAs(XYChart.class)).as("squeezed to 40 % of 1024x600")
                .allSatisfy(chart -> assertThat(chart.legendVisibleProperty().get()).isFalse());
        robot.interact(() -> tables.getSelectionModel().selectFirst());
        assertThat(split.getDividerPositions()[0]).isEqualTo(0.55, within(0.01));

        robot.interact(() -> {
            tables.getSelectionModel().selectLast();
            split.setDividerPositions(0.45);
            tables.getSelectionModel().selectFirst();
        });
        assertThat(split.getDividerPositions()[0]).as("where the operator put it").isEqualTo(0.45, within(0.01));
    }
}
