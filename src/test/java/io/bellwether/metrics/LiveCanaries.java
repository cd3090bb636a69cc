package io.bellwether.metrics;

import io.bellwether.Bellwether;
import io.bellwether.application.TestClock;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.RollbackConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * For the harnesses that run the console against a live source (the README screenshot, the FX-gap check): a
 * Prometheus over canaries backfilled around the wall clock (from 45 minutes ago to {@code ahead} from now),
 * and a workspace whose canaries started 30 minutes ago, each bound to it with the histogram preset and
 * optionally sampled once a check interval up to now, so that stored checks exist as the console would have
 * recorded them.
 */
public final class LiveCanaries {
    public static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    public static final Instant DATA_FROM = NOW.minus(Duration.ofMinutes(45));
    public static final Instant STARTED = NOW.minus(Duration.ofMinutes(30));
    public static final CanaryTraffic STABLE = CanaryTraffic.steady("stable_model", "v1.0.0", CanaryTraffic.NORMAL,
            0.002);

    private LiveCanaries() {
    }

    public static LocalPrometheus serve(Path folder, List<CanaryTraffic> canaries, Duration ahead) throws Exception {
        return CanaryBackfill.serve(folder, canaries, DATA_FROM, NOW.plus(ahead));
    }

    /** The canaries' ids, in order; {@code sampledUpToNow} runs the watcher every check interval since the start. */
    public static List<String> workspace(Path database, URI prometheus, List<CanaryTraffic> canaries,
                                         RollbackConfig config, boolean sampledUpToNow) {
        TestClock clock = new TestClock(STARTED);
        List<String> ids = new ArrayList<>();
        try (Workspace workspace = Bellwether.openRecordOnly(database, clock)) {
            for (CanaryTraffic canary : canaries) {
                String id = workspace.lifecycle().createDeployment(DeploymentRequest.builder(canary.model(),
                        canary.version(), DeploymentStrategy.CANARY, "devops@company.com").rollbackConfig(config)
                        .baselineMetrics(STABLE.truth(NOW, Duration.ofMinutes(5)))
                        .metadata(Map.of("initial_traffic", 0.05)).build()).deploymentId();
                workspace.lifecycle().startDeployment(id, "sre");
                workspace.metricsBindings().set(new MetricsBinding(id, prometheus, null,
                        MetricsPresets.histogram(MetricsPresets.DEFAULT_PREFIX), "5m", null, null), "sre");
                ids.add(id);
            }
            Duration interval = Duration.ofSeconds(Math.max(1, config.checkIntervalSeconds()));
            for (Instant at = STARTED.plus(interval); sampledUpToNow && at.isBefore(NOW); at = at.plus(interval)) {
                clock.advance(Duration.between(clock.instant(), at));
                workspace.metricsWatcher().round(at, null, "automated");
            }
        }
        return ids;
    }
}
