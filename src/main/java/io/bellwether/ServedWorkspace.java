package io.bellwether;

import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.BellwetherCommand;
import io.bellwether.forward.CommandSocket;
import io.bellwether.forward.ForwardRefusal;
import io.bellwether.forward.ForwardedCommand;
import io.bellwether.forward.SocketFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The console's workspace, serving the command line while it is open: a command that finds the
 * workspace held sends itself over the workspace's socket ({@link CommandSocket}) and runs here, as
 * the same picocli command on this open workspace, one at a time on the console's {@code worker}.
 * Closing the workspace stops the socket first.
 */
public final class ServedWorkspace {
    /** Commands the console does not run: a drill builds its own workspace on a simulated clock. */
    static final List<String> NOT_SERVED = List.of("drill");

    private ServedWorkspace() {
    }

    /**
     * Opens the workspace as {@link Bellwether#open(Path, Clock)} does and serves its command line;
     * when the socket cannot be made the workspace is still returned, and {@code problems} hears why.
     */
    public static Workspace open(Path databasePath, Clock clock, Executor worker, Consumer<String> problems) {
        return open(databasePath, clock, Operators::osAccount, worker, problems);
    }

    /** As {@link #open(Path, Clock, Executor, Consumer)}, acting as the OS accounts {@code osAccount} names. */
    public static Workspace open(Path databasePath, Clock clock, Supplier<String> osAccount, Executor worker,
                                 Consumer<String> problems) {
        Workspace workspace = Bellwether.openAs(databasePath, clock, osAccount);
        if (Bellwether.isServer(databasePath)) {
            return workspace; // on PostgreSQL every command line opens the workspace itself, beside the console
        }
        AtomicBoolean open = new AtomicBoolean(true);
        CommandSocket socket;
        try {
            socket = CommandSocket.listen(SocketFile.beside(databasePath),
                    (command, in, out, err) -> run(workspace, open, worker, command, out, err));
        } catch (IOException | RuntimeException e) {
            problems.accept("Commands from the command line cannot reach this console: " + e.getMessage());
            return workspace;
        }
        return workspace.closingFirst(() -> {
            open.set(false);
            socket.close();
        });
    }

    private static int run(Workspace workspace, AtomicBoolean open, Executor worker, ForwardedCommand command,
                           OutputStream out, OutputStream err) throws Exception {
        refuseUnserved(workspace, command);
        try {
            return CompletableFuture.supplyAsync(() -> {
                if (!open.get()) {
                    throw new CompletionException(new ForwardRefusal(ForwardRefusal.CLOSING,
                            "the console closed the workspace before the command ran"));
                }
                return BellwetherCommand.forwarded(workspace, command.workingDirectory(), out, err)
                        .execute(command.args().toArray(String[]::new));
            }, worker).get();
        } catch (RejectedExecutionException e) {
            throw new ForwardRefusal(ForwardRefusal.CLOSING, "the console is closing");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static void refuseUnserved(Workspace workspace, ForwardedCommand command) throws ForwardRefusal {
        Path held = SocketFile.databaseBase(workspace.location());
        if (!SocketFile.databaseBase(command.workspace()).equals(held)) {
            throw new ForwardRefusal(ForwardRefusal.NOT_SERVED, "the console holds " + held + ", not "
                    + command.workspace());
        }
        if (!command.args().isEmpty() && NOT_SERVED.contains(command.args().get(0))) {
            throw new ForwardRefusal(ForwardRefusal.NOT_SERVED, "the console does not run '"
                    + command.args().get(0) + "' commands: they use a workspace of their own (give another --db)");
        }
    }
}
