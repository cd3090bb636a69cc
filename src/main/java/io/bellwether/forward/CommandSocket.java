package io.bellwether.forward;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The console's command-line socket: a Unix domain socket, owner-only (0600), answering only its
 * own OS user, that runs each forwarded command through a {@link CommandRunner}. No TCP port.
 * A socket file left by a console that died is replaced; closing removes the file.
 */
public final class CommandSocket implements AutoCloseable {
    /** Connections served at once; more are refused in words. */
    static final int MAX_CLIENTS = 8;
    /** How long a client has, once connected, to send its request. */
    static final long REQUEST_SECONDS = 10;

    private final Path path;
    private final ServerSocketChannel server;
    private final UserPrincipal owner;
    private final CommandRunner runner;
    private final Set<SocketChannel> clients = ConcurrentHashMap.newKeySet();
    private final Semaphore slots = new Semaphore(MAX_CLIENTS);
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bellwether-socket-deadlines");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread removeOnExit;
    private volatile boolean closed;

    private CommandSocket(Path path, ServerSocketChannel server, CommandRunner runner) throws IOException {
        this.path = path;
        this.server = server;
        this.runner = runner;
        this.owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS);
        this.removeOnExit = new Thread(this::deleteFile, "bellwether-socket-cleanup");
    }

    /** Listens on {@code socketFile}, replacing a stale one; fails in words if it cannot. */
    public static CommandSocket listen(Path socketFile, CommandRunner runner) throws IOException {
        if (!SocketFile.fitsAnAddress(socketFile)) {
            throw new IOException("its path " + socketFile + " is longer than a Unix socket address holds ("
                    + SocketFile.MAX_PATH_BYTES + " bytes)");
        }
        replaceStale(socketFile);
        CommandSocket socket = new CommandSocket(socketFile, bindOwnerOnly(socketFile), runner);
        Runtime.getRuntime().addShutdownHook(socket.removeOnExit);
        Thread acceptor = new Thread(socket::acceptLoop, "bellwether-socket");
        acceptor.setDaemon(true);
        acceptor.start();
        return socket;
    }

    public Path path() {
        return path;
    }

    private static void replaceStale(Path socketFile) throws IOException {
        if (!Files.exists(socketFile, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.readAttributes(socketFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
            throw new IOException(socketFile + " exists and is not a socket (move it away)");
        }
        try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socketFile))) {
            throw new IOException("another process already listens on " + socketFile);
        } catch (ConnectException nobodyListens) {
            Files.deleteIfExists(socketFile);
        }
    }

    /**
     * Binds in a fresh owner-only folder, makes the socket 0600 and only then moves it into place, so
     * that no one else can connect in between. Where that folder's path would not fit a socket
     * address the socket is bound in place; the peer check still refuses other users.
     */
    private static ServerSocketChannel bindOwnerOnly(Path socketFile) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        Path staging = Files.createTempDirectory(socketFile.getParent(), ".bw");
        Path staged = staging.resolve("s");
        try {
            Path bound = SocketFile.fitsAnAddress(staged) ? staged : socketFile;
            server.bind(UnixDomainSocketAddress.of(bound));
            if (Files.getFileStore(bound).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(bound, PosixFilePermissions.fromString("rw-------"));
            }
            if (bound == staged) {
                Files.move(staged, socketFile, StandardCopyOption.ATOMIC_MOVE);
            }
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        } finally {
            Files.deleteIfExists(staged);
            Files.deleteIfExists(staging);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            if (!slots.tryAcquire()) {
                refuseAndClose(client, new ForwardRefusal(ForwardRefusal.CLOSING, "the console is running "
                        + MAX_CLIENTS + " forwarded commands already; try again"));
                continue;
            }
            clients.add(client);
            Thread thread = new Thread(() -> serve(client), "bellwether-forwarded-command");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void serve(SocketChannel client) {
        FrameWriter writer = new FrameWriter(new BufferedOutputStream(ChannelStreams.output(client)));
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(ChannelStreams.input(client)));
            ScheduledFuture<?> deadline = deadlines.schedule(() -> closeQuietly(client), REQUEST_SECONDS, TimeUnit.SECONDS);
            Frames.Frame request = Frames.read(in);
            deadline.cancel(false);
            refuseStrangers(client);
            if (request.type() != Frames.REQUEST) {
                throw new ForwardRefusal(ForwardRefusal.MALFORMED, "a connection that did not start with a request");
            }
            ForwardedCommand command = ForwardedCommand.fromJson(request.payload());
            OutputStream out = writer.stream(Frames.OUT);
            OutputStream err = writer.stream(Frames.ERR);
            int code;
            try {
                code = runner.run(command, new ForwardedInput(in, writer), out, err);
            } finally {
                out.flush();
                err.flush();
            }
            writer.write(Frames.EXIT, Frames.code(code));
        } catch (ForwardRefusal refusal) {
            refuse(writer, refusal);
        } catch (IOException clientGoneOrGarbled) {
            // nothing to answer: the client is gone or does not speak the protocol
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            refuse(writer, new ForwardRefusal(ForwardRefusal.CLOSING, "the console could not run the command: " + message));
        } finally {
            closeQuietly(client);
            clients.remove(client);
            slots.release();
        }
    }

    private void refuseStrangers(SocketChannel client) throws ForwardRefusal {
        Optional<UserPrincipal> peer = Peers.of(client);
        if (peer.isPresent() && !peer.get().equals(owner)) {
            throw new ForwardRefusal(ForwardRefusal.OTHER_USER, "the console runs as OS user " + Peers.name(owner)
                    + " and takes commands from that user only (this one came from " + Peers.name(peer.get()) + ")");
        }
    }

    private static void refuse(FrameWriter writer, ForwardRefusal refusal) {
        byte[] message = refusal.getMessage().getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[4 + Math.min(message.length, Frames.MAX_PAYLOAD - 4)];
        System.arraycopy(Frames.code(refusal.kind()), 0, payload, 0, 4);
        System.arraycopy(message, 0, payload, 4, payload.length - 4);
        writer.write(Frames.REFUSED, payload);
    }

    private static void refuseAndClose(SocketChannel client, ForwardRefusal refusal) {
        try (client) {
            refuse(new FrameWriter(ChannelStreams.output(client)), refusal);
        } catch (IOException e) {
            // the client is gone already
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing is all that is wanted
        }
    }

    /** Stops listening, drops the connections (their clients are told the console stopped) and removes the file. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing is all that is wanted
        }
        clients.forEach(CommandSocket::closeQuietly);
        deadlines.shutdownNow();
        deleteFile();
        try {
            Runtime.getRuntime().removeShutdownHook(removeOnExit);
        } catch (IllegalStateException exiting) {
            // the hook runs anyway
        }
    }

    private void deleteFile() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a file left behind is replaced as stale by the next console
        }
    }
}
