package io.bellwether.application;

import java.nio.file.Path;
import java.time.Clock;

/** Service-provider interface the store implements, so the application names no store. */
public interface WorkspaceProvider {

    /** Opens the workspace with time taken from {@code clock} (tests and demo data use their own). */
    Workspace open(Path databasePath, Clock clock);

    default Workspace open(Path databasePath) {
        return open(databasePath, Clock.systemUTC());
    }
}
