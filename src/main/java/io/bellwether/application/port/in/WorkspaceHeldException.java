package io.bellwether.application.port.in;

import java.nio.file.Path;

/** The workspace cannot be opened because another process holds it (the console, or another command). */
public class WorkspaceHeldException extends WorkspaceUnavailableException {

    public WorkspaceHeldException(Path location, String reason, Throwable cause) {
        super(location, reason, cause);
    }
}
