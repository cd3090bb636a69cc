package io.bellwether.application;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;

/**
 * Wraps an open workspace so that its lifecycle steps call the traffic controllers:
 * {@code HookedWorkspace workspace = TrafficHooks.open(Bellwether.open(path));}. The result owns the
 * workspace: closing it closes the hook store and then the workspace, and when opening fails the
 * workspace is closed before the error is raised.
 */
public final class TrafficHooks {
    private TrafficHooks() {
    }

    public static HookedWorkspace open(Workspace workspace) {
        return open(workspace, Clock.systemUTC());
    }

    /** As {@link #open(Workspace)}, with hook calls timed by {@code clock} (pass the workspace's own). */
    public static HookedWorkspace open(Workspace workspace, Clock clock) {
        try {
            TrafficHookStoreProvider stores = load(TrafficHookStoreProvider.class, "traffic hook store");
            TrafficControllerFactory controllers = load(TrafficControllerFactory.class, "traffic controller adapter");
            return wrap(workspace, stores.open(workspace), controllers, clock, System::getenv);
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** The wiring itself, with every collaborator given (tests pass their own environment variables). */
    public static HookedWorkspace wrap(Workspace workspace, TrafficHookStore store,
                                       TrafficControllerFactory controllers, Clock clock,
                                       UnaryOperator<String> environmentVariables) {
        HookCaller caller = new HookCaller(store, workspace.audit(), controllers, clock, environmentVariables);
        HookedDeploymentService deployments = new HookedDeploymentService(workspace.deployments(), caller,
                store.outcomes());
        HookSettingsService settings = new HookSettingsService(store.settings(), caller, workspace.audit());
        return new HookedWorkspace() {
            @Override
            public HookedDeploymentService deployments() {
                return deployments;
            }

            @Override
            public HookSettingsService trafficHooks() {
                return settings;
            }

            @Override
            public AuditTrail audit() {
                return workspace.audit();
            }

            @Override
            public Path location() {
                return workspace.location();
            }

            @Override
            public void close() {
                try {
                    store.close();
                } finally {
                    workspace.close();
                }
            }
        };
    }

    private static <T> T load(Class<T> type, String what) {
        return ServiceLoader.load(type).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + what + " on the class path"));
    }
}
