package io.bellwether.application.service;

import io.bellwether.application.port.in.AttentionQueue.Item;
import io.bellwether.application.port.in.AttentionQueue.Kind;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.out.DeploymentStore;
import io.bellwether.application.port.out.RegistryTransaction;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.Durations;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Live deployments with a metrics binding whose last Prometheus read failed (since the first of the failed
 * reads in a row) or whose last sample (else its start) is more than {@value #INTERVALS} check intervals old.
 */
final class StaleMetrics implements AttentionSource {
    static final int INTERVALS = 3;
    private static final Pattern QUERY = Pattern.compile(" ?query `[^`]*`");

    @Override
    public List<Item> waiting(RegistryTransaction tx, Instant now) {
        List<Item> items = new ArrayList<>();
        for (MetricsBinding binding : tx.metricsBindings().all()) {
            tx.deployments().find(binding.deploymentId()).filter(d -> d.status().isLive())
                    .flatMap(d -> stale(d, tx.deployments(), now))
                    .ifPresent(items::add);
        }
        return items;
    }

    private static Optional<Item> stale(Deployment d, DeploymentStore deployments, Instant now) {
        List<HealthCheck> latest = deployments.latestHealthChecks(d.deploymentId(), null, null, 1);
        if (!latest.isEmpty() && failedRead(latest.get(0))) {
            List<HealthCheck> failedReads = TrailingChecks.run(deployments, d.deploymentId(), null,
                    StaleMetrics::failedRead, Integer.MAX_VALUE);
            int failed = failedReads.size();
            HealthCheck last = failedReads.get(failed - 1);
            return Optional.of(item(d, "last Prometheus read failed" + (failed == 1 ? "" : " (" + failed
                    + " in a row)") + " at " + AttentionSource.shown(last.timestamp()) + ": "
                    + firstProblem(last.message().substring(EngineMetricsFeed.NO_METRICS.length())),
                    failedReads.get(0).timestamp()));
        }
        long interval = Math.max(1, d.rollbackConfig().checkIntervalSeconds());
        Instant lastSample = latest.isEmpty() ? null : latest.get(0).timestamp();
        Instant from = lastSample != null ? lastSample : d.startedAt() != null ? d.startedAt() : d.createdAt();
        Duration quiet = Duration.between(from, now);
        if (quiet.getSeconds() <= INTERVALS * interval) {
            return Optional.empty();
        }
        String reason = (lastSample == null ? "no sample since the start at " + AttentionSource.shown(from)
                : "last sample at " + AttentionSource.shown(lastSample) + ", " + Durations.age(quiet) + " ago")
                + " (checks every " + interval + " s; stale after " + INTERVALS * interval + " s)";
        return Optional.of(item(d, reason, from));
    }

    /**
     * The first metric's problem without its query, and how many more failed: "error_rate: could not reach
     * http://…: ConnectException (and 5 more metrics)"; the Health history keeps the whole message.
     */
    static String firstProblem(String problem) {
        String[] metrics = problem.split("; (?=[A-Za-z_][A-Za-z0-9_.]*: )");
        String first = QUERY.matcher(metrics[0]).replaceAll("");
        return first + (metrics.length == 1 ? "" : " (and " + (metrics.length - 1) + " more metric"
                + (metrics.length == 2 ? ")" : "s)"));
    }

    private static boolean failedRead(HealthCheck check) {
        return check.status() == HealthStatus.UNKNOWN && check.message().startsWith(EngineMetricsFeed.NO_METRICS);
    }

    private static Item item(Deployment d, String reason, Instant since) {
        return new Item(Kind.STALE_METRICS, d.deploymentId(), d.deploymentId(), d.environment(), reason, since);
    }
}
