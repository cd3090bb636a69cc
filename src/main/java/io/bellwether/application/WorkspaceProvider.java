package io.bellwether.application;

import java.nio.file.Path;

/** Service-provider interface the store implements, so the application names no store. */
public interface WorkspaceProvider {
    Workspace open(Path databasePath);
}
