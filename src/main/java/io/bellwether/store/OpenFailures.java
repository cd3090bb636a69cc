package io.bellwether.store;

import io.bellwether.application.port.in.WorkspaceHeldException;
import io.bellwether.application.port.in.WorkspaceUnavailableException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** Why a workspace file could not be opened, in words an operator can act on. */
final class OpenFailures {
    private static final String HELD = "Database may be already in use";
    private static final String HELD_REASON =
            "another process is using it (close the console or the other command, or give another --db)";

    private OpenFailures() {
    }

    static WorkspaceUnavailableException of(Path location, RuntimeException failure) {
        return isHeld(failure) ? new WorkspaceHeldException(location, HELD_REASON, failure)
                : new WorkspaceUnavailableException(location, reason(failure), failure);
    }

    private static boolean isHeld(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(HELD)) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof FileSystemException file) {
            return (file.getReason() == null ? "cannot create or write" : file.getReason()) + " " + file.getFile();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }
}
