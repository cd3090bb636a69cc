package io.bellwether.application.port.in;

import java.nio.file.Path;

/**
 * The workspace cannot be opened, with the cause in words: held by another process, a path that
 * cannot be written, a directory, not a database.
 */
public class WorkspaceUnavailableException extends RuntimeException {
    private final Path location;

    public WorkspaceUnavailableException(Path location, String reason, Throwable cause) {
        super("cannot open the workspace " + location + ": " + reason, cause);
        this.location = location;
    }

    /** As above, naming the workspace as {@code shown} (a server URL, which a Path would not spell as given). */
    public WorkspaceUnavailableException(Path location, String shown, String reason, Throwable cause) {
        super("cannot open the workspace " + shown + ": " + reason, cause);
        this.location = location;
    }

    public Path location() {
        return location;
    }
}
