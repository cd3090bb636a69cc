package io.bellwether.application.service;

import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.HookCallLog;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.MetricsSource;
import io.bellwether.application.port.out.ModelRegistryStore;
import io.bellwether.application.port.out.TrafficHooks;
import io.bellwether.application.port.out.WebhookSender;
import io.bellwether.application.port.out.WorkspaceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The application's services over the ports the composition root opened. The services share one
 * audit chain, one clock and one traffic-hook caller, so a step's hook call and its state change
 * are serialised together.
 */
public final class WorkspaceAssembly {
    private WorkspaceAssembly() {
    }

    /**
     * @param trafficHooks  the hooks lifecycle steps call, given where the workspace records their calls
     * @param metricsSource answers the deployments' metrics bindings (Prometheus)
     * @param webhooks      posts notifications ({@link WebhookSender#NEVER} where nothing may be sent)
     * @param osAccount     the OS account acting, recorded on every audit event and compared by approvals
     * @param closer        closes the stores (the registry's before the workspace's)
     */
    public static Workspace assemble(Path location, WorkspaceStore store, ModelRegistryStore registryStore,
                                     Function<HookCallLog, TrafficHooks> trafficHooks, MetricsSource metricsSource,
                                     WebhookSender webhooks, Clock clock, Supplier<String> osAccount, Runnable closer) {
        AuditChain chain = new AuditChain(clock, osAccount);
        AuditTrail audit = new ChainedAuditTrail(store, chain);
        TrafficHooks hooks = trafficHooks.apply(new RecordedHookCalls(store, chain));
        TrafficSteps traffic = new TrafficSteps(hooks, store, chain);
        NotificationService notifications = new NotificationService(store, chain, webhooks);
        Notices notices = new Notices(store, chain, notifications);
        LifecycleService lifecycle = new LifecycleService(store, chain, traffic, notices);
        HealthCheckService health = new HealthCheckService(store, chain, new Rollbacks(store, chain, traffic, notices),
                traffic, new LastEvaluations());
        ShadowService shadows = new ShadowService(store, chain);
        QueryService queries = new QueryService(store, traffic);
        StoredModelRegistry registry = new StoredModelRegistry(registryStore, new AuditChain(clock, osAccount), queries,
                shadows);
        HookSettingsService hookSettings = new HookSettingsService(store, hooks, chain);
        Workspace.MetricsFeeds feeds = (automatic, actor) -> new EngineMetricsFeed(health, queries, shadows,
                automatic, actor);
        MetricsBindingService bindings = new MetricsBindingService(store, chain);
        MetricsWatcherService watcher = new MetricsWatcherService(queries, bindings, metricsSource, feeds,
                new LiveBaseline(store, chain), lifecycle::progress);
        ChecklistService checklist = new ChecklistService(registry, shadows, queries, hookSettings, bindings,
                notifications, audit, store, chain);
        return new Workspace(location, lifecycle, health, shadows, queries, audit, registry, hookSettings, feeds,
                bindings, watcher, new MetricsHistoryService(queries, bindings, metricsSource),
                new ExternalChanges(store.changes()), checklist, new ReplayService(queries, audit), notifications,
                new AttentionQueueService(registryStore), closer);
    }
}
