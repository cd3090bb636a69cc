package io.bellwether.application.port.in;

import io.bellwether.application.port.out.StoreChanges;
import java.util.function.Consumer;

/**
 * Use case: hear what other writers of the workspace committed (team mode), so a console shows
 * another operator's change without polling. Nothing is heard on an H2 file: only one process holds
 * it, and commands from the command line reach it through the console itself.
 */
public interface WorkspaceChanges {
    /** Whether other writers' changes are heard at all (true on PostgreSQL). */
    boolean live();

    /**
     * Calls {@code changed} on a listener thread with the id of each changed resource, or {@code "*"}
     * when it may be anything (e.g. after the listener reconnected); closing the result stops it.
     */
    StoreChanges.Subscription onExternalChange(Consumer<String> changed);
}
