package io.bellwether.ui;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.metrics.CanaryTraffic;
import io.bellwether.metrics.LiveCanaries;
import io.bellwether.metrics.LocalPrometheus;
import io.bellwether.ui.settings.OperatorSettings;
import io.bellwether.ui.shell.ConsoleShell;
import io.bellwether.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Not a test: a timed harness for "no FX gap over 100 ms while 50 deployments are sampled". It opens the real
 * console (App wiring) on a workspace of 50 canaries bound to a local Prometheus over backfilled traffic, every
 * one due every 5 s, shows the first one's Health history (its live series re-read after each round), and
 * records the time between consecutive FX pulses with an AnimationTimer while the EvaluationLoop samples.
 * Prints the largest, the 99th percentile and the median gap, and how many samples the console recorded.
 *
 * <p>Run under a display (Xvfb): {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp
 * target/classes:target/test-classes:CLASSPATH io.bellwether.ui.FxGapHarness [SECONDS]}
 */
public final class FxGapHarness {
    static final int DEPLOYMENTS = 50;
    static final Duration WARM_UP = Duration.ofSeconds(15);

    private FxGapHarness() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        Path folder = Files.createTempDirectory("bellwether-fx-gap");
        List<CanaryTraffic> canaries = new ArrayList<>();
        for (int i = 0; i < DEPLOYMENTS; i++) {
            canaries.add(CanaryTraffic.steady("model_" + i, "v2.0.0", CanaryTraffic.NORMAL, 0.002));
        }
        try (LocalPrometheus prometheus = LiveCanaries.serve(folder, canaries, Duration.ofMinutes(30))) {
            Path database = folder.resolve("workspace");
            LiveCanaries.workspace(database, prometheus.url(), canaries, new RollbackConfig(true, 0.01, 1.5, 1000, 5),
                    false);
            System.out.println(measure(database, seconds));
        }
        Platform.exit();
        System.exit(0);
    }

    private static String measure(Path database, long seconds) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await(30, TimeUnit.SECONDS);
        CompletableFuture<ConsoleShell> console = new CompletableFuture<>();
        Platform.runLater(() -> console.complete(App.open(new Stage(), database,
                new OperatorSettings("harness", name -> { }), new FxTaskExecutor(), Clock.systemDefaultZone(),
                App.workspaceOpener(), 1280, 800)));
        ConsoleShell shell = console.get(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (shell.viewModel().phaseProperty().get() != ShellViewModel.Phase.CONSOLE && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(2000);
        Platform.runLater(() -> showFirstHealthHistory(shell));
        Thread.sleep(WARM_UP.toMillis());
        Workspace workspace = shell.viewModel().workspaceProperty().get();
        int before = samples(workspace);

        List<Long> gaps = new ArrayList<>();
        AnimationTimer timer = new AnimationTimer() {
            private long previous;

            @Override
            public void handle(long now) {
                if (previous != 0) {
                    gaps.add(now - previous);
                }
                previous = now;
            }
        };
        Platform.runLater(timer::start);
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        CompletableFuture<List<Long>> measured = new CompletableFuture<>();
        CompletableFuture<String> source = new CompletableFuture<>();
        Platform.runLater(() -> {
            timer.stop();
            measured.complete(List.copyOf(gaps));
            javafx.scene.Node label = shell.lookup("#health-source");
            source.complete(label instanceof javafx.scene.control.Label l && l.isVisible() ? l.getText() : "(hidden)");
        });
        List<Long> sorted = new ArrayList<>(measured.get(10, TimeUnit.SECONDS));
        int recorded = samples(workspace) - before;
        sorted.sort(null);
        return String.format("FX pulses over %d s while %d bound deployments were sampled every 5 s: %d frames,"
                        + " largest gap %.1f ms, 99th percentile %.1f ms, median %.1f ms, gaps over 100 ms: %d;"
                        + " health checks recorded meanwhile: %d (%.1f rounds); Health history source: %s", seconds, DEPLOYMENTS, sorted.size(),
                millis(sorted.get(sorted.size() - 1)), millis(sorted.get((int) (sorted.size() * 0.99))),
                millis(sorted.get(sorted.size() / 2)), sorted.stream().filter(g -> g > 100_000_000L).count(),
                recorded, recorded / (double) DEPLOYMENTS, source.get(10, TimeUnit.SECONDS));
    }

    private static void showFirstHealthHistory(ConsoleShell shell) {
        ListView<?> list = (ListView<?>) shell.lookup("#deploymentList");
        list.getSelectionModel().select(0);
        TabPane tabs = (TabPane) shell.lookup(".tab-pane");
        tabs.getTabs().stream().filter(tab -> tab.getText().equals("Health history")).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    private static int samples(Workspace workspace) {
        int count = 0;
        for (var deployment : workspace.queries().listDeployments(null, null)) {
            List<HealthCheck> checks = workspace.queries().healthHistory(deployment.deploymentId(), null, null);
            count += checks.size();
        }
        return count;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
