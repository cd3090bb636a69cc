package io.bellwether.store;

import io.bellwether.application.Workspace;
import io.bellwether.application.WorkspaceProvider;
import io.bellwether.application.Workspaces;
import java.nio.file.Path;
import java.time.Clock;

/** Registered in META-INF/services: {@code Bellwether.open} finds the H2 store through it. */
public final class H2WorkspaceProvider implements WorkspaceProvider {

    @Override
    public Workspace open(Path databasePath, Clock clock) {
        if (clock == null) {
            throw new io.bellwether.domain.InvalidInputException("clock", null, "is required");
        }
        H2WorkspaceStore store = H2WorkspaceStore.open(databasePath);
        return Workspaces.over(store, clock, databasePath);
    }
}
