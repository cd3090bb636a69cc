package io.bellwether.cli;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.in.WorkspaceUnavailableException;
import io.bellwether.domain.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --db PATH} option of every workspace command, and the one place the command line opens a
 * workspace (through the composition root). Failures propagate to {@link OneLineErrors}.
 */
public final class WorkspaceOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "Workspace database (H2 base name, no suffix). Default: $BELLWETHER_DB, else"
                    + " ~/.bellwether/bellwether (drill run: a new temporary drill workspace).")
    Path database;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** What a command does with the open workspace; returns the exit code. */
    @FunctionalInterface
    public interface Action {
        int run(Workspace workspace, PrintWriter out) throws IOException;
    }

    /** Runs {@code action} on the workspace with its traffic hooks, so lifecycle steps move traffic as the console's do. */
    public int run(Action action) throws IOException {
        return run(Bellwether::open, action);
    }

    /** Runs {@code action} on the workspace without calling any traffic controller (imports, registry). */
    public int runRecordOnly(Action action) throws IOException {
        return run(Bellwether::openRecordOnly, action);
    }

    /** The path given with {@code --db}, if any. */
    public Optional<Path> given() {
        return Optional.ofNullable(database);
    }

    private int run(Function<Path, Workspace> opener, Action action) throws IOException {
        PrintWriter out = command.commandLine().getOut();
        Path location = given().orElseGet(Bellwether::defaultLocation);
        Workspace opened;
        try {
            opened = opener.apply(location);
        } catch (InvalidInputException e) {
            throw new WorkspaceUnavailableException(location, e.getMessage(), e);
        }
        try (Workspace workspace = opened) {
            return action.run(workspace, out);
        } finally {
            out.flush();
        }
    }
}
