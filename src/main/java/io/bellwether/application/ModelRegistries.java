package io.bellwether.application;

import java.time.Clock;
import java.util.ServiceLoader;

/**
 * Opens the model registry of an open workspace:
 * {@code try (ModelRegistry registry = ModelRegistries.open(workspace, clock)) { ... }}. The registry is
 * closed before the workspace; closing it leaves the workspace open.
 */
public final class ModelRegistries {
    private ModelRegistries() {
    }

    public static ModelRegistry open(Workspace workspace) {
        return open(workspace, Clock.systemUTC());
    }

    /** As {@link #open(Workspace)}, with the registry's timestamps taken from {@code clock} (pass the workspace's). */
    public static ModelRegistry open(Workspace workspace, Clock clock) {
        ModelRegistryStoreProvider provider = ServiceLoader.load(ModelRegistryStoreProvider.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("No model registry store on the class path"));
        return over(provider.open(workspace), clock, workspace.deployments());
    }

    /** The wiring itself, with every collaborator given. */
    public static ModelRegistry over(ModelRegistryStore store, Clock clock, DeploymentService deployments) {
        return new StoredModelRegistry(store, new AuditChain(clock), deployments);
    }
}
