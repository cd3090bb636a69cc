package io.bellwether.store;

import io.bellwether.application.port.out.ModelRegistryStore;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.InvalidInputException;
import java.nio.file.Path;

/**
 * The H2 stores of one workspace file: the workspace's own connection (which migrates the schema and
 * also holds the traffic hook tables) and the registry's side connection. {@link #close} closes the
 * side connection first.
 */
public final class H2Stores implements AutoCloseable {
    private final H2WorkspaceStore workspace;
    private final ModelRegistryStore registry;

    private H2Stores(H2WorkspaceStore workspace, ModelRegistryStore registry) {
        this.workspace = workspace;
        this.registry = registry;
    }

    /** Opens (creating and migrating if needed) the workspace at {@code databasePath} (H2 base name, no suffix). */
    public static H2Stores open(Path databasePath) {
        H2WorkspaceStore workspace;
        try {
            workspace = H2WorkspaceStore.open(databasePath);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw OpenFailures.of(databasePath, e);
        }
        try {
            return new H2Stores(workspace, H2ModelRegistryStore.open(DatabaseFile.of(databasePath)));
        } catch (RuntimeException e) {
            workspace.close();
            throw OpenFailures.of(databasePath, e);
        }
    }

    public WorkspaceStore workspace() {
        return workspace;
    }

    public ModelRegistryStore registry() {
        return registry;
    }

    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            workspace.close();
        }
    }
}
