package io.bellwether.ui.shell;

import io.bellwether.application.port.in.Workspace;
import java.nio.file.Path;
import java.time.Clock;

/** Opens (creating if needed) a workspace whose service takes time from {@code clock}. */
@FunctionalInterface
public interface WorkspaceOpener {
    Workspace open(Path location, Clock clock);
}
