package io.bellwether.store;

import io.bellwether.application.port.out.ModelRegistryStore;
import io.bellwether.application.port.out.WorkspaceStore;

/**
 * The opened stores of one workspace, whichever engine holds it: the workspace's port, the registry's
 * port, its tables for whole-workspace work, and what closes them (in the order the engine needs).
 */
public record OpenedStores(WorkspaceStore workspace, ModelRegistryStore registry, Tables tables, Runnable closer)
        implements AutoCloseable {

    @Override
    public void close() {
        closer.run();
    }
}
