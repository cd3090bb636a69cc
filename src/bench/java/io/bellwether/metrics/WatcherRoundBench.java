package io.bellwether.metrics;

import io.bellwether.Bellwether;
import io.bellwether.application.TestClock;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.MetricsWatcher;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.RollbackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One watcher round for 1 and 50 live canaries (distinct models, histogram preset, six queries each)
 * against a local Prometheus over backfilled blocks: the queries, then per deployment the current
 * metrics, the engine's check and the health check, each committed to the H2 workspace. Each invocation
 * is one round, a second after the previous one (check interval 1 s), so every deployment is due.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, batchSize = 1)
@Measurement(iterations = 30, batchSize = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class WatcherRoundBench {
    static final Instant DATA_FROM = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant FIRST_ROUND = DATA_FROM.plus(Duration.ofMinutes(20));

    @Param({"1", "50"})
    int deployments;

    Path folder;
    LocalPrometheus prometheus;
    Workspace workspace;
    Instant now = FIRST_ROUND;

    @Setup(Level.Trial)
    public void start() throws Exception {
        folder = Files.createTempDirectory("bellwether-watcher-bench");
        StringBuilder text = new StringBuilder("# TYPE bellwether_request_duration_seconds histogram\n");
        StringBuilder errors = new StringBuilder("# TYPE bellwether_request_errors counter\n");
        for (int i = 0; i < deployments; i++) {
            CanaryTraffic traffic = CanaryTraffic.steady("model_" + i, "v2.0.0", CanaryTraffic.NORMAL, 0.002);
            for (Instant t = DATA_FROM; t.isBefore(DATA_FROM.plus(Duration.ofHours(2))); t = t.plusSeconds(15)) {
                traffic.histogramAt(text, DATA_FROM, t);
                traffic.errorsAt(errors, DATA_FROM, t);
            }
        }
        Path input = Files.writeString(folder.resolve("bench.om"), text.append(errors).append("# EOF\n"));
        Path storage = Files.createDirectories(folder.resolve("tsdb"));
        LocalPrometheus.promtool(folder, "tsdb", "create-blocks-from", "openmetrics", input.toString(),
                storage.toString());
        prometheus = LocalPrometheus.start(folder, "global:\n  scrape_interval: 15s\n", storage);
        TestClock clock = new TestClock(DATA_FROM.plus(Duration.ofMinutes(10)));
        workspace = Bellwether.openRecordOnly(folder.resolve("ws"), clock);
        for (int i = 0; i < deployments; i++) {
            String id = workspace.lifecycle().createDeployment(DeploymentRequest.builder("model_" + i, "v2.0.0",
                    DeploymentStrategy.CANARY, "bench").baselineMetrics(CanaryTraffic.steady("m", "v", CanaryTraffic.NORMAL,
                    0.002).truth(FIRST_ROUND, Duration.ofMinutes(5)))
                    .rollbackConfig(new RollbackConfig(true, 0.01, 1.5, 1000, 1)).build()).deploymentId();
            workspace.lifecycle().startDeployment(id, "bench");
            workspace.metricsBindings().set(new MetricsBinding(id, prometheus.url(), null,
                    MetricsPresets.histogram(MetricsPresets.DEFAULT_PREFIX), "5m", null, null), "bench");
        }
    }

    @Benchmark
    public MetricsWatcher.Round round() {
        MetricsWatcher.Round round = workspace.metricsWatcher().round(now, null, "bench");
        if (round.judgements().size() != deployments || round.rolledBack()) {
            throw new IllegalStateException("expected " + deployments + " healthy judgements: " + round);
        }
        now = now.plusSeconds(1);
        return round;
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        workspace.close();
        prometheus.close();
        System.out.println("\nload average after the trial: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }
}
