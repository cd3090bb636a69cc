package io.bellwether.store.postgres;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.StoreChanges;
import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.application.service.WorkspaceAssembly;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.hooks.RecordOnlyTrafficHooks;
import io.bellwether.metrics.PrometheusMetricsSource;
import io.bellwether.store.OpenedStores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A writer to be killed mid-transaction (for {@link PostgresTwoJvmTest}): on the workspace at
 * {@code args[0]} it creates deployment version {@code args[1]} (printing {@code COMMITTED id}), then
 * creates version {@code args[2]} and, with every statement of that use case run but before the
 * commit, prints {@code IN_TRANSACTION} and waits to be killed.
 */
public final class StalledWriterChild {
    private StalledWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        OpenedStores stores = PostgresStores.open(Path.of(args[0]), args[0], System::getenv);
        AtomicBoolean stall = new AtomicBoolean();
        WorkspaceStore stalling = new WorkspaceStore() {
            @Override
            public <T> T write(Function<StoreTransaction, T> work) {
                return stores.workspace().write(transaction -> {
                    T result = work.apply(transaction);
                    if (stall.get()) {
                        System.out.println("IN_TRANSACTION");
                        System.out.flush();
                        sleepUntilKilled();
                    }
                    return result;
                });
            }

            @Override
            public <T> T read(Function<StoreTransaction, T> work) {
                return stores.workspace().read(work);
            }

            @Override
            public StoreChanges changes() {
                return stores.workspace().changes();
            }

            @Override
            public void close() {
                stores.close();
            }
        };
        Workspace workspace = WorkspaceAssembly.assemble(Path.of(args[0]), stalling, stores.registry(),
                log -> new RecordOnlyTrafficHooks(), new PrometheusMetricsSource(System::getenv),
                io.bellwether.application.port.out.WebhookSender.NEVER, Clock.systemUTC(),
                Operators::osAccount, stores::close);
        System.out.println("COMMITTED " + create(workspace, args[1]));
        System.out.flush();
        stall.set(true);
        create(workspace, args[2]);
        System.out.println("COMMITTED (not expected: the transaction should have stalled)");
    }

    private static String create(Workspace workspace, String version) {
        return workspace.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", version,
                DeploymentStrategy.CANARY, "op").build()).deploymentId();
    }

    private static void sleepUntilKilled() {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
