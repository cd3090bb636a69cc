package io.bellwether.ui;

import io.bellwether.Bellwether;
import io.bellwether.application.UnreachablePrometheus;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
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

/** Settings shows the selected deployment's binding; its Test query button lists each metric's value or error. */
@ExtendWith(ApplicationExtension.class)
class SettingsTestQueryUiTest {
    @TempDir
    Path dir;
    private final ConsoleUi console = new ConsoleUi();
    private String boundId;

    @Start
    void start(Stage stage) {
        Path database = dir.resolve("ws");
        try (Workspace setup = Bellwether.openRecordOnly(database)) {
            boundId = setup.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production")).deploymentId();
            setup.metricsBindings().set(new MetricsBinding(boundId, UnreachablePrometheus.url(), null,
                    MetricsPresets.summary(MetricsPresets.DEFAULT_PREFIX), "5m", null, Duration.ofSeconds(2)), "sre");
        }
        console.start(stage, database);
    }

    @AfterEach
    void stop() throws Exception {
        console.stop();
    }

    @Test
    void testQueryListsEveryMetricsErrorForTheSelectedDeployment(FxRobot robot) throws Exception {
        console.waitForPhase(ShellViewModel.Phase.CONSOLE, 30);
        ConsoleUi.selectRow(robot, boundId);
        robot.clickOn("#settingsButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ConsoleUi.text(robot, "#metricsBinding")
                .contains("Prometheus http://127.0.0.1:"));
        assertThat(ConsoleUi.text(robot, "#metricsBinding")).contains("latency_p95 = max(bellwether_request_duration_seconds");

        robot.clickOn("#testQueryButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ConsoleUi.text(robot, "#testQueryMessage")
                .equals("6 of 6 queries gave no usable value."));
        ListView<?> results = robot.lookup("#testQueryResults").queryAs(ListView.class);
        assertThat(results.getItems()).hasSize(6).allSatisfy(line -> assertThat(line.toString())
                .contains(": ERROR could not reach http://127.0.0.1:"));
        assertThat(robot.lookup("#testQueryButton").queryButton().isDisabled()).isFalse();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(node -> "Cancel".equals(((Button) node).getText()))
                .queryButton());
    }
}
