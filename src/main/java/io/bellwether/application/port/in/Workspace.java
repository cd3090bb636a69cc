package io.bellwether.application.port.in;

import java.nio.file.Path;

/**
 * One open Bellwether workspace: every use case over one store, built by the composition root
 * ({@code io.bellwether.Bellwether}). Closing it closes everything it holds.
 *
 * @param location the database as it was given (an H2 base name without suffix)
 * @param metricsBindings where each deployment's live metrics come from
 * @param metricsWatcher  the live-metrics loop the console and the watch command share
 * @param metricsHistory  what a bound deployment's Prometheus measured since it started (the Health history)
 * @param changes        what other writers commit (team mode), for live refresh
 * @param checklist       the guide's pre-deployment checklist of a model version
 * @param replays         edited rule sets run over a deployment's recorded checks (reads only)
 * @param notifications   the notification webhooks and their delivery log
 * @param attention       what waits for a person across the workspace ("Needs a human")
 * @param closer   releases the stores, the registry's and the hooks' first
 */
public record Workspace(Path location, DeploymentLifecycle lifecycle, HealthChecks health,
                        ShadowComparisons shadows, DeploymentQueries queries, AuditTrail audit,
                        ModelRegistry registry, TrafficHookSettings trafficHooks, MetricsFeeds metricsFeeds,
                        MetricsBindings metricsBindings, MetricsWatcher metricsWatcher,
                        MetricsHistory metricsHistory, WorkspaceChanges changes,
                        PreDeploymentChecklist checklist, Replays replays, Notifications notifications,
                        AttentionQueue attention, Runnable closer) implements AutoCloseable {

    /**
     * How measured windows reach the engine: with automatic rollback the engine acts; without it (an
     * operator's drill) the same rules are only evaluated.
     */
    public MetricsFeed metricsFeed(boolean automaticRollback, String actor) {
        return metricsFeeds.feed(automaticRollback, actor);
    }

    /** This workspace, running {@code first} (e.g. stopping something that uses it) before it closes. */
    public Workspace closingFirst(Runnable first) {
        return new Workspace(location, lifecycle, health, shadows, queries, audit, registry, trafficHooks, metricsFeeds,
                metricsBindings, metricsWatcher, metricsHistory, changes, checklist, replays, notifications, attention,
                () -> {
                    try {
                        first.run();
                    } finally {
                        closer.run();
                    }
                });
    }

    @Override
    public void close() {
        closer.run();
    }

    /** Makes the workspace's metrics feeds. */
    @FunctionalInterface
    public interface MetricsFeeds {
        MetricsFeed feed(boolean automaticRollback, String actor);
    }
}
