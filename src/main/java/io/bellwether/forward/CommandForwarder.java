package io.bellwether.forward;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.Optional;

/** The command line's side: sends a command to the console that holds its workspace and relays the answer. */
public final class CommandForwarder {

    /** How forwarding ended. */
    public sealed interface Outcome permits NoConsole, Finished, Refused, Lost {
    }

    /** No console listens for this workspace (no socket, or a stale one). */
    public record NoConsole() implements Outcome {
    }

    /** The console ran the command; its output was relayed. */
    public record Finished(int exitCode) implements Outcome {
    }

    /** The console did not run the command; {@code kind} is one of {@link ForwardRefusal}'s. */
    public record Refused(int kind, String reason) implements Outcome {
    }

    /** The connection ended before the command's exit code came: the console stopped or was killed. */
    public record Lost(String reason) implements Outcome {
    }

    private CommandForwarder() {
    }

    public static Outcome forward(ForwardedCommand command, InputStream stdin, OutputStream out, OutputStream err) {
        Path socket = SocketFile.beside(command.workspace());
        if (!SocketFile.fitsAnAddress(socket) || !Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return new NoConsole();
        }
        byte[] request;
        try {
            request = command.toJson();
        } catch (ForwardRefusal tooLong) {
            return new Refused(tooLong.kind(), tooLong.getMessage());
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return Files.isWritable(socket) ? new NoConsole() : new Refused(ForwardRefusal.OTHER_USER,
                    "its socket " + socket + " belongs to OS user " + owner(socket) + "; only that user's commands run there");
        }
        try (channel) {
            Optional<UserPrincipal> console = Peers.of(channel);
            Optional<UserPrincipal> self = Peers.self();
            if (console.isPresent() && self.isPresent() && !console.get().equals(self.get())) {
                return new Refused(ForwardRefusal.OTHER_USER, "the console holding it runs as OS user "
                        + Peers.name(console.get()) + ", not as " + Peers.name(self.get()));
            }
            DataOutputStream requests = new DataOutputStream(ChannelStreams.output(channel));
            Frames.write(requests, Frames.REQUEST, request);
            return relay(new DataInputStream(new BufferedInputStream(ChannelStreams.input(channel))), requests, stdin,
                    out, err);
        } catch (IOException e) {
            return new Lost("the console holding it stopped before the command finished");
        }
    }

    /** Copies the console's frames until the exit code; each frame is read whole, so this ends when the connection does. */
    private static Outcome relay(DataInputStream answers, DataOutputStream requests, InputStream stdin,
                                 OutputStream out, OutputStream err) throws IOException {
        boolean pumping = false;
        while (true) {
            Frames.Frame frame = Frames.read(answers);
            switch (frame.type()) {
                case Frames.OUT -> write(out, frame.payload());
                case Frames.ERR -> write(err, frame.payload());
                case Frames.STDIN_WANTED -> {
                    if (!pumping) {
                        pumping = true;
                        pump(stdin, requests);
                    }
                }
                case Frames.EXIT -> {
                    return new Finished(Frames.code(frame.payload()));
                }
                case Frames.REFUSED -> {
                    byte[] payload = frame.payload();
                    return new Refused(Frames.code(payload), new String(Arrays.copyOfRange(payload, 4, payload.length),
                            StandardCharsets.UTF_8));
                }
                default -> {
                    return new Lost("the console answered with a frame of unknown type " + frame.type());
                }
            }
        }
    }

    private static void write(OutputStream stream, byte[] bytes) throws IOException {
        stream.write(bytes);
        stream.flush();
    }

    /** Streams standard input to the console on a daemon thread, which the process's exit ends. */
    private static void pump(InputStream stdin, DataOutputStream requests) {
        Thread thread = new Thread(() -> {
            byte[] chunk = new byte[Frames.MAX_PAYLOAD];
            try {
                for (int n = stdin.read(chunk); n >= 0; n = stdin.read(chunk)) {
                    Frames.write(requests, Frames.STDIN, chunk, 0, n);
                }
                Frames.write(requests, Frames.STDIN_END, new byte[0]);
            } catch (IOException e) {
                // the console went away; the main thread reports it
            }
        }, "bellwether-stdin");
        thread.setDaemon(true);
        thread.start();
    }

    private static String owner(Path file) {
        try {
            return Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName();
        } catch (IOException e) {
            return "another user";
        }
    }
}
