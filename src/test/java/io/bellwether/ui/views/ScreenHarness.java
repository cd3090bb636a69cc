package io.bellwether.ui.views;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.ui.FxTaskExecutor;
import io.bellwether.ui.Screens;
import io.bellwether.ui.audit.AuditTrailViewModel;
import io.bellwether.ui.common.Screen;
import io.bellwether.ui.shadow.ShadowComparisonViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opens one screen in a window on a busy temporary workspace, for looking at it under Xvfb:
 * {@code ScreenHarness canary|shadow|health|audit[:bluegreen] [shadowComparisons] [measureFrames]}
 * (":bluegreen" shows the completed blue-green deployment instead: the empty states); the window
 * size is {@code -Dharness.size=WIDTHxHEIGHT}, 1400x860 by default. With
 * measureFrames > 0 it resizes the window by a pixel every pulse once loaded and prints the layout
 * (chart draw) time per pulse and the pulse-to-pulse interval, then exits.
 */
public final class ScreenHarness extends Application {
    private static String screenName;
    private static int comparisons;
    private static int measureFrames;

    /** A main outside the Application class, so the JavaFX jars may sit on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            screenName = args.length > 0 ? args[0] : "shadow";
            comparisons = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
            measureFrames = args.length > 2 ? Integer.parseInt(args[2]) : 0;
            Application.launch(ScreenHarness.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path directory = Files.createTempDirectory("bellwether-harness");
        long started = System.nanoTime();
        ScreenFixtures fixtures = ScreenFixtures.busy(directory, comparisons);
        System.out.printf("workspace filled in %.1f s%n", (System.nanoTime() - started) / 1e9);
        Workspace workspace = fixtures.workspace;
        FxTaskExecutor executor = new FxTaskExecutor();
        boolean blueGreen = screenName.endsWith(":bluegreen");
        screenName = screenName.replace(":bluegreen", "");
        Screen<?> screen = switch (screenName) {
            case "canary" -> Screens.canary(workspace, executor, java.time.Clock.systemUTC());
            case "health" -> Screens.health(workspace, executor);
            case "audit" -> Screens.audit(workspace, executor);
            default -> Screens.shadow(workspace, executor);
        };
        String selected = switch (screenName) {
            case "canary" -> fixtures.liveCanaryId;
            case "health" -> fixtures.rolledBackCanaryId;
            case "audit" -> null;
            default -> fixtures.shadowId;
        };
        selected = blueGreen ? fixtures.blueGreenId : selected;
        String[] size = System.getProperty("harness.size", "1400x860").split("x");
        Scene scene = new Scene(new javafx.scene.layout.BorderPane(screen.root()),
                Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        stage.setTitle("Bellwether · " + screen.title());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        long shown = System.nanoTime();
        screen.showDeployment(selected);
        if (screen.viewModel() instanceof AuditTrailViewModel audit) {
            audit.verify();
        }
        if (measureFrames > 0) {
            measure(stage, scene, (ShadowComparisonViewModel) screen.viewModel(), shown,
                    () -> timeLoadSteps(workspace, fixtures.shadowId));
        }
    }

    /** The worker's steps for the shadow screen, timed one by one after the frames were measured. */
    private static void timeLoadSteps(Workspace workspace, String shadowId) {
        long t0 = System.nanoTime();
        var read = workspace.shadows().compareWithEvidence(shadowId);
        long t1 = System.nanoTime();
        io.bellwether.ui.shadow.ShadowAnalysis.of(read.columns(), 1.25 * read.report().shadowLatency().p99());
        long t2 = System.nanoTime();
        System.out.printf("load steps for %,d comparisons: report and columns in one read %.0f ms, chart series %.0f ms%n",
                read.report().totalRequests(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    }

    private static void measure(Stage stage, Scene scene, ShadowComparisonViewModel model, long shown, Runnable atEnd) {
        List<Long> layout = new ArrayList<>();
        List<Long> intervals = new ArrayList<>();
        long[] pulseStart = new long[1];
        long[] lastPulse = new long[1];
        boolean[] loaded = new boolean[1];
        scene.addPreLayoutPulseListener(() -> pulseStart[0] = System.nanoTime());
        scene.addPostLayoutPulseListener(() -> {
            if (!loaded[0]) {
                return;
            }
            long now = System.nanoTime();
            layout.add(now - pulseStart[0]);
            if (lastPulse[0] != 0) {
                intervals.add(now - lastPulse[0]);
            }
            lastPulse[0] = now;
        });
        new AnimationTimer() {
            private boolean wider;
            private long previous;
            private long longestGapWhileLoading;
            private int pulsesWhileLoading;

            @Override
            public void handle(long now) {
                if (!loaded[0]) {
                    if (previous != 0) {
                        longestGapWhileLoading = Math.max(longestGapWhileLoading, now - previous);
                        pulsesWhileLoading++;
                    }
                    previous = now;
                    if (!model.status().busyProperty().get() && model.reportProperty().get() != null) {
                        loaded[0] = true;
                        System.out.printf("shadow data shown %.2f s after the window%n", (System.nanoTime() - shown) / 1e9);
                        System.out.printf("FX thread while the worker loaded: %d pulses, longest gap %.1f ms%n",
                                pulsesWhileLoading, longestGapWhileLoading / 1e6);
                    }
                    return;
                }
                wider = !wider;
                stage.setWidth(stage.getWidth() + (wider ? 1 : -1));
                if (layout.size() >= measureFrames) {
                    stop();
                    report("layout+draw per pulse", layout);
                    report("pulse interval", intervals);
                    atEnd.run();
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos.subList(Math.min(5, nanos.size()), nanos.size()));
        sorted.sort(Long::compare);
        double median = sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.get((int) (sorted.size() * 0.95)) / 1e6;
        double max = sorted.get(sorted.size() - 1) / 1e6;
        System.out.printf("%s over %d frames: median %.1f ms, p95 %.1f ms, max %.1f ms%n", what, sorted.size(), median, p95, max);
    }
}
