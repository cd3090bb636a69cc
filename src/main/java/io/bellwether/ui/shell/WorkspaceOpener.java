package io.bellwether.ui.shell;

import io.bellwether.application.port.in.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Opens (creating if needed) a workspace whose service takes time from {@code clock} and records
 * {@code osAccount} as the OS account acting (the console's own, or the demo's people while it is seeded).
 */
@FunctionalInterface
public interface WorkspaceOpener {
    Workspace open(Path location, Clock clock, Supplier<String> osAccount);
}
