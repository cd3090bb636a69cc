package io.bellwether.ui.shadow;

import io.bellwether.domain.ReadinessCriteria;
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
class ShadowComparisonScreenTest {
    @TempDir
    static Path directory;
    static ScreenFixtures fixtures;
    Screen<ShadowComparisonViewModel> screen;

    @BeforeAll
    static void fill() {
        fixtures = ScreenFixtures.busy(directory, 5_000);
    }

    @AfterAll
    static void close() {
        fixtures.workspace.close();
    }

    @Start
    void start(Stage stage) {
        screen = Screens.shadow(fixtures.workspace, new FxTaskExecutor());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(screen.root()), 1024, 600));
        stage.show();
    }

    @Test
    void showsThePercentilesAndTheVerdictOfTheSelectedShadow(FxRobot robot) throws Exception {
        robot.interact(() -> screen.showDeployment(fixtures.shadowId));
        TableView<?> latencies = robot.lookup("#shadow-latencies").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> latencies.getItems().size() == 4);

        boolean ready = ReadinessCriteria.DEFAULTS.judge(fixtures.workspace.shadows()
                .compareShadowDeployment(fixtures.shadowId)).ready();
        assertThat(robot.lookup("#shadow-verdict").queryAs(Label.class).getText())
                .isEqualTo(ready ? "READY for promotion" : "NOT READY for promotion");
        assertThat(robot.lookup("#shadow-summary").queryAs(Label.class).getText()).startsWith("5,000 comparisons");
        assertThat(robot.lookup("#shadow-agreement-criterion").queryAs(Label.class).getText()).contains("must be above 95.00%");
    }

    /** Issue 14 item 13: the minimum agreement box reads and takes a percentage, the verdict follows it. */
    @Test
    void theMinimumAgreementIsAPercentage(FxRobot robot) throws Exception {
        robot.interact(() -> screen.showDeployment(fixtures.shadowId));
        TableView<?> latencies = robot.lookup("#shadow-latencies").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> latencies.getItems().size() == 4);
        javafx.scene.control.Spinner<?> box = robot.lookup("#shadow-min-agreement").queryAs(javafx.scene.control.Spinner.class);
        assertThat(box.getEditor().getText()).isEqualTo("95 %");

        robot.interact(() -> box.increment(2));
        assertThat(box.getEditor().getText()).isEqualTo("97 %");
        assertThat(screen.viewModel().readiness().minAgreementRateProperty().get()).isCloseTo(0.97, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(robot.lookup("#shadow-agreement-criterion").queryAs(Label.class).getText()).contains("must be above 97.00%");
    }
}
