package io.bellwether.store;

import io.bellwether.application.port.out.ModelRegistryStore;
import io.bellwether.application.port.out.TrafficHookStore;
import io.bellwether.application.port.out.WorkspaceStore;
import java.nio.file.Path;

/**
 * The H2 stores of one workspace file: the workspace's own connection (which migrates the schema)
 * and the registry's and traffic hooks' side connections. {@link #close} closes the side
 * connections first.
 */
public final class H2Stores implements AutoCloseable {
    private final H2WorkspaceStore workspace;
    private final TrafficHookStore hooks;
    private final ModelRegistryStore registry;

    private H2Stores(H2WorkspaceStore workspace, TrafficHookStore hooks, ModelRegistryStore registry) {
        this.workspace = workspace;
        this.hooks = hooks;
        this.registry = registry;
    }

    /** Opens (creating and migrating if needed) the workspace at {@code databasePath} (H2 base name, no suffix). */
    public static H2Stores open(Path databasePath) {
        H2WorkspaceStore workspace = H2WorkspaceStore.open(databasePath);
        TrafficHookStore hooks = null;
        try {
            DatabaseFile file = DatabaseFile.of(databasePath);
            hooks = H2TrafficHookStore.open(file);
            return new H2Stores(workspace, hooks, H2ModelRegistryStore.open(file));
        } catch (RuntimeException e) {
            if (hooks != null) {
                hooks.close();
            }
            workspace.close();
            throw e;
        }
    }

    public WorkspaceStore workspace() {
        return workspace;
    }

    public TrafficHookStore hooks() {
        return hooks;
    }

    public ModelRegistryStore registry() {
        return registry;
    }

    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            try {
                hooks.close();
            } finally {
                workspace.close();
            }
        }
    }
}
