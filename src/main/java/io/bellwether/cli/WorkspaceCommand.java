package io.bellwether.cli;

import io.bellwether.application.port.in.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command that works on the workspace named by {@code --db}: picocli calls it, the workspace opens,
 * {@link #run} does the work and returns the exit code, the workspace closes.
 */
public abstract class WorkspaceCommand implements Callable<Integer> {
    @Mixin
    protected WorkspaceOption db;

    @Override
    public final Integer call() throws IOException {
        return recordOnly() ? db.runRecordOnly(this::run) : db.run(this::run);
    }

    /** Whether the workspace opens without calling any traffic controller (imports, registry); false here. */
    protected boolean recordOnly() {
        return false;
    }

    /** What the command does with the open workspace; returns the exit code. */
    protected abstract int run(Workspace workspace, PrintWriter out) throws IOException;
}
