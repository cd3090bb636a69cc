package io.bellwether.cli;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** The workspace at {@code --db} cannot be opened: held by another process, unwritable, a directory, not a database. */
public final class WorkspaceUnavailable extends RuntimeException {
    private static final String HELD = "Database may be already in use";

    public WorkspaceUnavailable(Path location, RuntimeException cause) {
        super("cannot open the workspace " + location + ": " + reason(cause), cause);
    }

    private static String reason(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(HELD)) {
                return "another process is using it (close the console or the other command, or give another --db)";
            }
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof FileSystemException file) {
            return (file.getReason() == null ? "cannot create or write" : file.getReason()) + " " + file.getFile();
        }
        return OneLineErrors.firstLine(root);
    }
}
