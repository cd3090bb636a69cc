package io.bellwether.forward;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A command-line end run as another OS user by the tests: {@code client DB ARGS...} forwards as the
 * command line does and prints the outcome; {@code raw DB ARGS...} skips the client's own check of
 * the console's user and prints the console's first answer, to show the console refuses by itself.
 */
public final class ForwardAs {
    private ForwardAs() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        ForwardedCommand command = new ForwardedCommand(Arrays.asList(args).subList(2, args.length),
                Path.of("").toAbsolutePath(), SocketFile.databaseBase(db));
        if (args[0].equals("client")) {
            System.out.println(CommandForwarder.forward(command, System.in, System.out, System.err));
            return;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(SocketFile.beside(db)))) {
            Frames.write(new DataOutputStream(ChannelStreams.output(channel)), Frames.REQUEST, command.toJson());
            Frames.Frame answer = Frames.read(new DataInputStream(ChannelStreams.input(channel)));
            byte[] payload = answer.payload();
            System.out.println((char) answer.type() + " " + Frames.code(payload) + " "
                    + new String(payload, 4, payload.length - 4, StandardCharsets.UTF_8));
        }
    }
}
