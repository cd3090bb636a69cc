package io.bellwether.cli;

import io.bellwether.application.port.in.WorkspaceUnavailableException;
import picocli.CommandLine.IExitCodeExceptionMapper;

/** The documented exit codes of every command, and which one a failure gives. */
public final class ExitCodes implements IExitCodeExceptionMapper {
    /** The command succeeded; {@code check}: no case needs a rollback. */
    public static final int OK = 0;
    /** {@code drill run}: the engine did not do what the scenario expects. */
    public static final int NOT_AS_EXPECTED = 1;
    /** Bad input or a refusal (usage error, invalid value, unknown id, refused transition, unreadable file). */
    public static final int BAD_INPUT = 2;
    /**
     * {@code check}: a case needs a rollback; {@code health check}: the deployment was rolled back;
     * {@code watch}: it rolled at least one deployment back; {@code models checklist}: an item is not met.
     */
    public static final int ROLLBACK_NEEDED = 3;
    /** {@code audit verify}: the chain is broken. */
    public static final int CHAIN_BROKEN = 4;
    /** {@code hooks test}: the call failed. */
    public static final int HOOK_FAILED = 5;
    /** The workspace cannot be opened: held by another process, unwritable, a directory, not a database. */
    public static final int WORKSPACE_UNAVAILABLE = 6;
    /** The command ran out of memory. */
    public static final int OUT_OF_MEMORY = 7;
    /** {@code metrics test}: at least one query gave no usable value. */
    public static final int QUERY_FAILED = 8;
    /**
     * The console that holds the workspace refused to run the command: it came from another OS user,
     * or the console does not run it (it needs its own workspace or another one).
     */
    public static final int FORWARD_REFUSED = 9;

    @Override
    public int getExitCode(Throwable failure) {
        if (failure instanceof ForwardRefusedException) {
            return FORWARD_REFUSED;
        }
        if (failure instanceof WorkspaceUnavailableException) {
            return WORKSPACE_UNAVAILABLE;
        }
        return failure.getCause() instanceof OutOfMemoryError ? OUT_OF_MEMORY : BAD_INPUT;
    }
}
