package io.bellwether.ui.health;

import io.bellwether.Bellwether;
import io.bellwether.application.TestClock;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.metrics.CanaryBackfill;
import io.bellwether.metrics.CanaryTraffic;
import io.bellwether.metrics.LocalPrometheus;
import io.bellwether.ui.FxTaskExecutor;
import io.bellwether.ui.Screens;
import io.bellwether.ui.common.Screen;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

/** The Health history tab of a canary bound to a real Prometheus: the source line and the query column. */
@ExtendWith(ApplicationExtension.class)
class HealthHistoryLiveScreenTest {
    static final Instant DATA_FROM = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant JUDGED = DATA_FROM.plus(Duration.ofMinutes(40));
    static final CanaryTraffic HEALTHY = CanaryTraffic.steady("healthy_model", "v2.0.0", CanaryTraffic.NORMAL, 0.003);

    @TempDir
    static Path folder;
    static LocalPrometheus prometheus;
    static TestClock clock;
    static Workspace workspace;
    static String canaryId;
    Screen<HealthHistoryViewModel> screen;

    @BeforeAll
    static void boundCanary() throws Exception {
        prometheus = CanaryBackfill.serve(folder, List.of(HEALTHY), DATA_FROM, JUDGED.plusSeconds(300));
        clock = new TestClock(DATA_FROM.plus(Duration.ofMinutes(10)));
        workspace = Bellwether.openRecordOnly(folder.resolve("ws"), clock);
        canaryId = workspace.lifecycle().createDeployment(DeploymentRequest.builder(HEALTHY.model(),
                HEALTHY.version(), DeploymentStrategy.CANARY, "devops").rollbackConfig(RollbackConfig.BALANCED)
                .baselineMetrics(HEALTHY.truth(JUDGED, Duration.ofMinutes(5)))
                .metadata(Map.of("initial_traffic", 0.05)).build()).deploymentId();
        workspace.lifecycle().startDeployment(canaryId, "op");
        workspace.metricsBindings().set(new MetricsBinding(canaryId, prometheus.url(), null,
                MetricsPresets.histogram(MetricsPresets.DEFAULT_PREFIX), "5m", null, null), "sre");
        clock.advance(Duration.ofMinutes(30));
        workspace.metricsWatcher().round(JUDGED, null, "watcher");
    }

    @AfterAll
    static void close() throws InterruptedException {
        if (workspace != null) {
            workspace.close();
        }
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @Start
    void start(Stage stage) {
        screen = Screens.health(workspace, new FxTaskExecutor(), clock);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(screen.root()), 1024, 600));
        stage.show();
    }

    @Test
    void the_source_line_names_the_prometheus_and_the_query_and_why_names_each_query(FxRobot robot)
            throws Exception {
        robot.interact(() -> screen.showDeployment(canaryId));
        Label source = robot.lookup("#health-source").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> source.getText().startsWith("Live from"));

        assertThat(source.getText()).startsWith("Live from Prometheus " + prometheus.url() + ": p95 query `"
                + "histogram_quantile(0.95,").endsWith("31 points");
        assertThat(source.isVisible()).isTrue();
        TableView<?> why = robot.lookup("#health-why").queryAs(TableView.class);
        assertThat(why.getColumns()).extracting(column -> column.getText()).contains("Query");
        assertThat(why.getItems()).isNotEmpty().allMatch(row -> ((WhyRow) row).query() != null);
        assertThat(robot.lookup("#health-empty").queryAs(Label.class).isVisible()).isFalse();
    }
}
