package io.bellwether.application.service;

import io.bellwether.application.port.in.BoundMetric;
import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsBindings;
import io.bellwether.application.port.in.MetricsHistory;
import io.bellwether.application.port.in.SampledHistory;
import io.bellwether.application.port.out.MetricsSource;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MetricsHistory} through the {@link MetricsSource}'s range queries. After one query fails the rest
 * are not sent (an unreachable Prometheus costs one timeout, not four), and are reported as not sent.
 */
final class MetricsHistoryService implements MetricsHistory {
    static final List<BoundMetric> CHARTED = List.of(BoundMetric.LATENCY_P50, BoundMetric.LATENCY_P95,
            BoundMetric.LATENCY_P99, BoundMetric.ERROR_RATE);

    private final DeploymentQueries queries;
    private final MetricsBindings bindings;
    private final MetricsSource source;

    MetricsHistoryService(DeploymentQueries queries, MetricsBindings bindings, MetricsSource source) {
        this.queries = queries;
        this.bindings = bindings;
        this.source = source;
    }

    @Override
    public Optional<SampledHistory> history(String deploymentId, Instant now, int maxPoints) {
        if (now == null) {
            throw new InvalidInputException("now", null, "is required");
        }
        if (maxPoints < 2) {
            throw new InvalidInputException("max_points", maxPoints, "must be at least 2");
        }
        Deployment d = queries.getDeployment(deploymentId);
        Optional<MetricsBinding> found = bindings.find(deploymentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MetricsBinding binding = found.get();
        Instant from = d.startedAt() != null ? d.startedAt() : d.createdAt();
        Instant to = end(d, now);
        to = to.isBefore(from) ? from : to;
        Duration step = step(d, Duration.between(from, to), maxPoints);
        Map<String, String> sent = binding.queries(d, d.modelVersion(), to);
        List<SampledHistory.Series> series = new ArrayList<>();
        String earlierFailure = null;
        for (BoundMetric metric : CHARTED) {
            String query = sent.get(metric.key());
            if (query == null) {
                continue;
            }
            if (earlierFailure != null) {
                series.add(new SampledHistory.Series(metric.key(), query, List.of(),
                        "not sent after " + earlierFailure));
                continue;
            }
            try {
                List<SampledHistory.Point> points = source.history(binding, query, from, to, step).stream()
                        .map(p -> new SampledHistory.Point(p.at(), p.value())).toList();
                series.add(new SampledHistory.Series(metric.key(), query, points, null));
            } catch (MetricsSource.QueryFailedException e) {
                series.add(new SampledHistory.Series(metric.key(), query, List.of(), e.getMessage()));
                earlierFailure = "the " + metric.key() + " query failed";
            }
        }
        return Optional.of(new SampledHistory(binding.baseUrl(), from, to, step, series));
    }

    /** Where the deployment's own traffic ends: its rollback or completion, else now. */
    private static Instant end(Deployment d, Instant now) {
        Instant end = d.rolledBackAt() != null ? d.rolledBackAt() : d.completedAt();
        return end != null && end.isBefore(now) ? end : now;
    }

    /** check_interval_seconds, widened so that the range holds at most {@code maxPoints} points. */
    static Duration step(Deployment d, Duration span, int maxPoints) {
        long interval = Math.max(1, d.rollbackConfig().checkIntervalSeconds());
        long needed = (span.toSeconds() + maxPoints - 2) / (maxPoints - 1);
        return Duration.ofSeconds(Math.max(interval, needed));
    }
}
