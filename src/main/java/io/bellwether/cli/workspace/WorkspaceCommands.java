package io.bellwether.cli.workspace;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.BellwetherCommand;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Runs a command against the workspace; any refusal becomes one line on stderr and exit code 2. */
public final class WorkspaceCommands {
    /** {@code audit verify}: the chain is broken. */
    public static final int CHAIN_BROKEN = 4;

    private WorkspaceCommands() {
    }

    /** What a command does with the open workspace; returns the exit code. */
    @FunctionalInterface
    interface Action {
        int run(Workspace workspace, PrintWriter out) throws IOException;
    }

    /** A command group run without a subcommand: a usage error naming the choices. */
    static void missingSubcommand(CommandSpec spec) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    static int run(CommandSpec spec, DatabaseOption db, Action action) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace workspace = db.open()) {
            int code = action.run(workspace, out);
            out.flush();
            return code;
        } catch (IOException | RuntimeException e) {
            out.flush();
            err.println(spec.qualifiedName() + ": " + oneLine(e));
            err.flush();
            return BellwetherCommand.BAD_INPUT;
        }
    }

    private static String oneLine(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }
}
