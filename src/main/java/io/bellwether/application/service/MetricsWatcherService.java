package io.bellwether.application.service;

import io.bellwether.application.port.in.AutomatedStep;
import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsBindings;
import io.bellwether.application.port.in.MetricsFeed;
import io.bellwether.application.port.in.MetricsWatcher;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.MetricReading;
import io.bellwether.application.port.out.MetricsSource;
import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.EnforcedVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link MetricsWatcher} over the bindings, a {@link MetricsSource} and the metrics feed with automatic
 * rollback. Every query of a round is sent before anything is written, and no store transaction is
 * open while Prometheus is asked.
 */
final class MetricsWatcherService implements MetricsWatcher {
    private final DeploymentQueries queries;
    private final MetricsBindings bindings;
    private final MetricsSource source;
    private final Workspace.MetricsFeeds feeds;
    private final LiveBaseline baseline;
    private final Function<String, List<AutomatedStep>> progression;
    private final Map<String, Instant> lastSampled = new HashMap<>();

    MetricsWatcherService(DeploymentQueries queries, MetricsBindings bindings, MetricsSource source,
                          Workspace.MetricsFeeds feeds, LiveBaseline baseline,
                          Function<String, List<AutomatedStep>> progression) {
        this.progression = progression;
        this.queries = queries;
        this.bindings = bindings;
        this.source = source;
        this.feeds = feeds;
        this.baseline = baseline;
    }

    @Override
    public synchronized Round round(Instant now, String deploymentIdOrNull, Duration intervalOrNull, String actor) {
        if (now == null) {
            throw new InvalidInputException("now", null, "is required");
        }
        Checks.required("actor", actor);
        if (intervalOrNull != null && (intervalOrNull.isNegative() || intervalOrNull.isZero())) {
            throw new InvalidInputException("interval", intervalOrNull, "must be more than 0");
        }
        MetricsFeed feed = feeds.feed(true, actor);
        Map<String, MetricsBinding> bound = new HashMap<>();
        bindings.all().forEach(b -> bound.put(b.deploymentId(), b));
        List<Deployment> live = new ArrayList<>(queries.listDeployments(DeploymentStatus.IN_PROGRESS, null));
        live.addAll(queries.listDeployments(DeploymentStatus.ACTIVE, null));
        live.removeIf(d -> !bound.containsKey(d.deploymentId())
                || deploymentIdOrNull != null && !deploymentIdOrNull.equals(d.deploymentId()));
        lastSampled.keySet().retainAll(live.stream().map(Deployment::deploymentId).toList());
        List<Judgement> judgements = new ArrayList<>();
        Instant next = null;
        for (Deployment d : live) {
            Duration interval = intervalOrNull != null ? intervalOrNull
                    : Duration.ofSeconds(Math.max(1, d.rollbackConfig().checkIntervalSeconds()));
            Instant previous = lastSampled.get(d.deploymentId());
            Instant due = previous == null ? now : previous.plus(interval);
            if (!now.isBefore(due)) {
                judgements.add(judge(d, bound.get(d.deploymentId()), now, feed, actor));
                lastSampled.put(d.deploymentId(), now);
                due = now.plus(interval);
            }
            next = next == null || due.isBefore(next) ? due : next;
        }
        List<AutomatedStep> steps = new ArrayList<>();
        List<Judgement> held = new ArrayList<>();
        for (Judgement judgement : judgements) {
            steps.addAll(progression.apply(judgement.deploymentId()));
            held.add(judgement.held(hold(queries.getDeployment(judgement.deploymentId()))));
        }
        return new Round(now, held, next, steps);
    }

    /** "inconclusive", "paused" or null: how the canary is held after the round. */
    private static String hold(Deployment d) {
        if (!CanaryStages.isPaused(d) || d.status() != DeploymentStatus.IN_PROGRESS) {
            return null;
        }
        return Boolean.TRUE.equals(d.metadata().get(Enforcement.INCONCLUSIVE)) ? "inconclusive" : "paused";
    }

    @Override
    public List<TriedQuery> tryQueries(String deploymentId, Instant at) {
        if (at == null) {
            throw new InvalidInputException("at", null, "is required");
        }
        Deployment d = queries.getDeployment(deploymentId);
        MetricsBinding binding = bindings.find(deploymentId).orElseThrow(() -> MetricsBinding.missing(deploymentId,
                "has no metrics binding to test"));
        List<TriedQuery> tried = new ArrayList<>(tried("", source.sample(binding, binding.queries(d, d.modelVersion(),
                at), at)));
        if (binding.hasLiveBaseline()) {
            tried.addAll(tried("baseline.", source.sample(binding, binding.queries(d, binding.baselineVersion(), at),
                    at)));
        }
        return tried;
    }

    private static List<TriedQuery> tried(String prefix, Map<String, MetricReading> readings) {
        return readings.values().stream().map(r -> new TriedQuery(prefix + r.metric(), r.query(),
                r.failure() == null ? r.value() : null, r.usable() ? null : r.failure() != null ? r.failure()
                : "returned " + r.value())).toList();
    }

    private Judgement judge(Deployment d, MetricsBinding binding, Instant now, MetricsFeed feed, String actor) {
        Map<String, String> sent = binding.queries(d, d.modelVersion(), now);
        SampledMetrics current = SampledMetrics.of(d, source.sample(binding, sent, now), now);
        SampledMetrics stable = null;
        if (binding.hasLiveBaseline()) {
            Map<String, String> stableQueries = binding.queries(d, binding.baselineVersion(), now);
            stable = SampledMetrics.of(d, source.sample(binding, stableQueries, now), now);
        }
        Map<String, Double> values = new LinkedHashMap<>(current.values());
        if (stable != null) {
            stable.values().forEach((metric, value) -> values.put("baseline." + metric, value));
        }
        String problem = current.problem() != null ? current.problem() : stable != null && stable.problem() != null
                ? "live baseline (version " + binding.baselineVersion() + ") " + stable.problem() : null;
        try {
            if (problem != null) {
                feed.missing(d.deploymentId(), problem);
                return new Judgement(d.deploymentId(), d.modelRef(), now, HealthStatus.UNKNOWN, null, null, problem,
                        values, sent, null);
            }
            if (stable != null) {
                baseline.update(d.deploymentId(), binding.baselineVersion(), stable.metrics(), actor);
            }
            EnforcedVerdict verdict = feed.judged(d.deploymentId(), current.metrics(), current.requestCount());
            return new Judgement(d.deploymentId(), d.modelRef(), now, verdict.healthStatus(), verdict.decision(),
                    verdict, verdict.healthMessage(), values, sent, null);
        } catch (RuntimeException e) {
            return new Judgement(d.deploymentId(), d.modelRef(), now, null, null, null,
                    "Could not record the sample: " + e.getMessage(), values, sent, null);
        }
    }
}
