package io.bellwether.metrics;

import io.bellwether.domain.RollbackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Not a test: prepares the README screenshot of the Health history drawn from a live source. A Prometheus over
 * a canary backfilled around now (its error rate steps up 12 minutes ago, below the rules' bounds), and a
 * workspace whose canary is bound to it and was sampled every minute since it started 30 minutes ago. Prints
 * the workspace and the URL, then serves until {@code FOLDER/stop} exists (at most 30 minutes).
 *
 * <p>{@code java -cp target/classes:target/test-classes:CLASSPATH io.bellwether.metrics.HealthLiveScreenshotSetup FOLDER}
 */
public final class HealthLiveScreenshotSetup {
    private HealthLiveScreenshotSetup() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        CanaryTraffic canary = new CanaryTraffic("fraud_detector", "v2.1.0", 200, CanaryTraffic.NORMAL, 0.0022,
                LiveCanaries.NOW.minus(Duration.ofMinutes(12)), 0.0036);
        try (LocalPrometheus prometheus = LiveCanaries.serve(folder, List.of(canary, LiveCanaries.STABLE),
                Duration.ofMinutes(40))) {
            Path database = folder.resolve("workspace");
            LiveCanaries.workspace(database, prometheus.url(), List.of(canary), RollbackConfig.BALANCED, true);
            System.out.println("workspace " + database);
            System.out.println("prometheus " + prometheus.url());
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (!Files.exists(folder.resolve("stop")) && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
        }
    }
}
