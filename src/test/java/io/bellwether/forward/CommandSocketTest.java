package io.bellwether.forward;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The socket's protocol with a stand-in for the console's commands: what crosses, in which order, and what is refused. */
class CommandSocketTest {
    @TempDir
    Path dir;
    CommandSocket socket;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final AtomicInteger ran = new AtomicInteger();

    @AfterEach
    void close() {
        if (socket != null) {
            socket.close();
        }
    }

    private Path db() {
        return dir.resolve("bellwether");
    }

    private void listen(CommandRunner runner) throws Exception {
        socket = CommandSocket.listen(SocketFile.beside(db()), (command, in, o, e) -> {
            ran.incrementAndGet();
            return runner.run(command, in, o, e);
        });
    }

    private CommandForwarder.Outcome forward(InputStream stdin, String... args) {
        return CommandForwarder.forward(new ForwardedCommand(List.of(args), dir, SocketFile.databaseBase(db())), stdin, out, err);
    }

    @Test
    void outputErrorsAndTheExitCodeCrossInOrder() throws Exception {
        listen((command, in, o, e) -> {
            o.write(("args " + command.args() + " in " + command.workingDirectory() + "\n").getBytes(StandardCharsets.UTF_8));
            o.flush();
            e.write("careful\n".getBytes(StandardCharsets.UTF_8));
            o.write(new byte[1_000_000]);
            return 5;
        });

        CommandForwarder.Outcome outcome = forward(InputStream.nullInputStream(), "health", "add", "ä b");

        assertThat(outcome).isEqualTo(new CommandForwarder.Finished(5));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("args [health, add, ä b] in " + dir + "\n");
        assertThat(out.size()).isEqualTo(("args [health, add, ä b] in " + dir + "\n").getBytes(StandardCharsets.UTF_8).length
                + 1_000_000);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("careful\n");
    }

    @Test
    void standardInputCrossesWhenTheCommandReadsIt() throws Exception {
        listen((command, in, o, e) -> {
            in.transferTo(o);
            return 0;
        });
        byte[] input = new byte[200_000];
        input[199_999] = 42;

        assertThat(forward(new ByteArrayInputStream(input), "import")).isEqualTo(new CommandForwarder.Finished(0));
        assertThat(out.toByteArray()).isEqualTo(input);
    }

    @Test
    void standardInputIsNotTouchedWhenTheCommandDoesNotReadIt() throws Exception {
        listen((command, in, o, e) -> 0);
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("stdin was read");
            }
        };

        assertThat(forward(untouchable, "audit", "verify")).isEqualTo(new CommandForwarder.Finished(0));
    }

    @Test
    void aRefusalOfTheConsoleReachesTheCommandLineInWords() throws Exception {
        listen((command, in, o, e) -> {
            throw new ForwardRefusal(ForwardRefusal.NOT_SERVED, "not here");
        });

        assertThat(forward(InputStream.nullInputStream(), "drill", "run"))
                .isEqualTo(new CommandForwarder.Refused(ForwardRefusal.NOT_SERVED, "not here"));
    }

    @Test
    void anotherProtocolVersionIsRefusedInWords() throws Exception {
        listen((command, in, o, e) -> 0);
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket.path()))) {
            Frames.write(new DataOutputStream(ChannelStreams.output(channel)), Frames.REQUEST,
                    "{\"version\":2,\"args\":[],\"cwd\":\"/\",\"workspace\":\"/x\"}".getBytes(StandardCharsets.UTF_8));
            Frames.Frame answer = Frames.read(new DataInputStream(ChannelStreams.input(channel)));

            assertThat(answer.type()).isEqualTo(Frames.REFUSED);
            assertThat(new String(answer.payload(), 4, answer.payload().length - 4, StandardCharsets.UTF_8))
                    .isEqualTo("protocol version 2 (this console speaks 1; use the same Bellwether version)");
        }
        assertThat(ran).hasValue(0);
    }

    @Test
    void anOversizedFrameEndsTheConnectionWithoutRunningAnything() throws Exception {
        listen((command, in, o, e) -> 0);
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket.path()))) {
            DataOutputStream request = new DataOutputStream(ChannelStreams.output(channel));
            request.writeByte(Frames.REQUEST);
            request.writeInt(Frames.MAX_PAYLOAD + 1);
            request.flush();

            assertThatThrownBy(() -> Frames.read(new DataInputStream(ChannelStreams.input(channel))))
                    .isInstanceOf(EOFException.class);
        }
        assertThat(ran).hasValue(0);
    }

    @Test
    void aTooLongCommandLineIsRefusedBeforeItIsSent() throws Exception {
        listen((command, in, o, e) -> 0);

        CommandForwarder.Outcome outcome = forward(InputStream.nullInputStream(), "x".repeat(Frames.MAX_PAYLOAD));

        assertThat(outcome).isInstanceOf(CommandForwarder.Refused.class);
        assertThat(((CommandForwarder.Refused) outcome).reason()).startsWith("the command line is too long to forward");
        assertThat(ran).hasValue(0);
    }

    @Test
    void aConsoleThatClosesMidCommandLeavesTheCommandLineLost() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        listen((command, in, o, e) -> {
            running.countDown();
            release.await(30, TimeUnit.SECONDS);
            return 0;
        });
        Thread closer = new Thread(() -> {
            try {
                if (running.await(30, TimeUnit.SECONDS)) {
                    socket.close();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        closer.start();

        CommandForwarder.Outcome outcome = forward(InputStream.nullInputStream(), "audit", "verify");

        release.countDown();
        closer.join(30_000);
        assertThat(outcome).isEqualTo(new CommandForwarder.Lost("the console holding it stopped before the command finished"));
        assertThat(socket.path()).doesNotExist();
    }

    @Test
    void noSocketOrAStaleOneIsNoConsole() throws Exception {
        assertThat(forward(InputStream.nullInputStream(), "audit", "verify")).isEqualTo(new CommandForwarder.NoConsole());

        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(SocketFile.beside(db())));
        }
        assertThat(SocketFile.beside(db())).exists();
        assertThat(forward(InputStream.nullInputStream(), "audit", "verify")).isEqualTo(new CommandForwarder.NoConsole());
    }

    @Test
    void aLiveSocketIsNotTakenOver() throws Exception {
        listen((command, in, o, e) -> 0);

        assertThatThrownBy(() -> CommandSocket.listen(SocketFile.beside(db()), (command, in, o, e) -> 0))
                .hasMessage("another process already listens on " + SocketFile.beside(db()));
        assertThat(forward(InputStream.nullInputStream(), "audit", "verify")).isEqualTo(new CommandForwarder.Finished(0));
    }

    @Test
    void aPathLongerThanASocketAddressIsNamed() {
        Path deep = dir.resolve("d".repeat(120)).resolve("bellwether");

        assertThatThrownBy(() -> CommandSocket.listen(SocketFile.beside(deep), (command, in, o, e) -> 0))
                .hasMessageContaining("is longer than a Unix socket address holds (107 bytes)");
    }
}
