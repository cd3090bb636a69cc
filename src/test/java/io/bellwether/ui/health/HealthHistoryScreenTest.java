package io.bellwether.ui.health;

import io.bellwether.ui.FxTaskExecutor;
import io.bellwether.ui.Screens;
import io.bellwether.ui.common.Screen;
import io.bellwether.ui.views.ScreenFixtures;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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
class HealthHistoryScreenTest {
    @TempDir
    static Path directory;
    static ScreenFixtures fixtures;
    Screen<HealthHistoryViewModel> screen;

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
        screen = Screens.health(fixtures.workspace, new FxTaskExecutor());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(screen.root()), 1024, 600));
        stage.show();
    }

    @Test
    void showsEveryCheckAndWhyTheCanaryWasRolledBack(FxRobot robot) throws Exception {
        robot.interact(() -> screen.showDeployment(fixtures.rolledBackCanaryId));
        int stored = fixtures.workspace.queries().healthHistory(fixtures.rolledBackCanaryId, null, null).size();
        TableView<?> checks = robot.lookup("#health-checks").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> checks.getItems().size() == stored);
        // The why rows are set later in the same FX update as the checks.
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> why = robot.lookup("#health-why").queryAs(TableView.class);
        assertThat(why.getItems()).anyMatch(row -> ((WhyRow) row).decision().startsWith("Rollback")
                && ((WhyRow) row).rule().triggered());
        assertThat(robot.lookup("#health-verdict").queryAs(Label.class).getText()).contains("ROLL BACK: ");
        assertThat(robot.lookup("#health-empty").queryAs(Label.class).isVisible()).isFalse();
    }

    /** Issue 14 item 11: at 1024 px the why table's short columns read whole, and an unbound deployment has no Query column. */
    @Test
    void theWhyColumnsAreNotCutAndTheQueryColumnIsHiddenWithoutABinding(FxRobot robot) throws Exception {
        robot.interact(() -> screen.showDeployment(fixtures.rolledBackCanaryId));
        TableView<?> why = robot.lookup("#health-why").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !why.getItems().isEmpty());
        // As narrow as the tab gets beside the deployment list in a 1280 px window.
        robot.interact(() -> why.setMaxWidth(640));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(why.getColumns()).filteredOn(javafx.scene.control.TableColumnBase::isVisible)
                .extracting(javafx.scene.control.TableColumnBase::getText).doesNotContain("Query");
        java.util.List<String> clipped = WaitForAsyncUtils.asyncFx(() -> io.bellwether.ui.views.ClippedTexts.in(why,
                java.util.Set.of("Decision", "Rule", "Measured", "Baseline", "Threshold", "Triggered"))).get();
        assertThat(clipped).isEmpty();
    }
}
