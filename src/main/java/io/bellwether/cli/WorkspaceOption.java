package io.bellwether.cli;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.in.WorkspaceHeldException;
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
 * workspace (through the composition root). A workspace held by another process is handed to
 * {@link WhenHeld} (the console runs the command); in the console, a forwarded command runs on the
 * console's open workspace instead of opening one. Failures propagate to {@link OneLineErrors}.
 */
public final class WorkspaceOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "Workspace database: an H2 base name (no suffix), or postgresql://[user@]host[:port]/db"
                    + " (team mode). Default: $BELLWETHER_DB, else"
                    + " ~/.bellwether/bellwether (drill run: a new temporary drill workspace).")
    Path database;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private final Workspace alreadyOpen;
    private final WhenHeld whenHeld;

    public WorkspaceOption() {
        this(null, WhenHeld.NOBODY);
    }

    private WorkspaceOption(Workspace alreadyOpen, WhenHeld whenHeld) {
        this.alreadyOpen = alreadyOpen;
        this.whenHeld = whenHeld;
    }

    /** Opens the workspace itself, and forwards the command through {@code whenHeld} when it is held. */
    static WorkspaceOption opening(WhenHeld whenHeld) {
        return new WorkspaceOption(null, whenHeld);
    }

    /** Runs every command on {@code workspace}, open already (the console's), without opening it again. */
    static WorkspaceOption on(Workspace workspace) {
        return new WorkspaceOption(workspace, WhenHeld.NOBODY);
    }

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
        if (alreadyOpen != null) {
            requireTheOpenWorkspace();
            try {
                return action.run(alreadyOpen, out);
            } finally {
                out.flush();
            }
        }
        Path location = given().orElseGet(Bellwether::defaultLocation);
        Workspace opened;
        try {
            opened = opener.apply(location);
        } catch (WorkspaceHeldException held) {
            return whenHeld.forward(location, command.root().commandLine().getParseResult().originalArgs())
                    .orElseThrow(() -> held);
        } catch (InvalidInputException e) {
            throw new WorkspaceUnavailableException(location, e.getMessage(), e);
        }
        try (Workspace workspace = opened) {
            return action.run(workspace, out);
        } finally {
            out.flush();
        }
    }

    /** A forwarded {@code --db} names the console's workspace (the console checks the request too). */
    private void requireTheOpenWorkspace() {
        if (database != null && !base(database).equals(base(alreadyOpen.location()))) {
            throw new ForwardRefusedException("the console holds " + alreadyOpen.location().toAbsolutePath()
                    + ", not " + database);
        }
    }

    private static Path base(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            name = name.substring(0, name.length() - ".mv.db".length());
        }
        try {
            return absolute.getParent().toRealPath().resolve(name);
        } catch (IOException e) {
            return absolute.resolveSibling(name);
        }
    }
}
