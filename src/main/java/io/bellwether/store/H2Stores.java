package io.bellwether.store;

import io.bellwether.application.port.out.ModelRegistryStore;
import io.bellwether.domain.InvalidInputException;
import java.nio.file.Path;

/**
 * The H2 stores of one workspace file: the workspace's own connection (which migrates the schema and
 * also holds the traffic hook tables) and the registry's side connection. Closing them closes the
 * side connection first.
 */
public final class H2Stores {
    private H2Stores() {
    }

    /** Opens (creating and migrating if needed) the workspace at {@code databasePath} (H2 base name, no suffix). */
    public static OpenedStores open(Path databasePath, PageCache pageCache) {
        DatabaseFile file;
        H2WorkspaceStore workspace;
        try {
            file = DatabaseFile.of(databasePath, pageCache);
            workspace = H2WorkspaceStore.open(file);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw OpenFailures.of(databasePath, e);
        }
        try {
            ModelRegistryStore registry = H2ModelRegistryStore.open(file);
            return new OpenedStores(workspace, registry, workspace, () -> closeBoth(registry, workspace));
        } catch (RuntimeException e) {
            workspace.close();
            throw OpenFailures.of(databasePath, e);
        }
    }

    private static void closeBoth(ModelRegistryStore registry, H2WorkspaceStore workspace) {
        try {
            registry.close();
        } finally {
            workspace.close();
        }
    }
}
