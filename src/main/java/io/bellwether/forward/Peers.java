package io.bellwether.forward;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/** Who is at the other end of a socket, and who this process runs as. */
final class Peers {
    private Peers() {
    }

    /** The peer's OS user where the platform tells it (Linux: SO_PEERCRED); empty elsewhere. */
    static Optional<UserPrincipal> of(SocketChannel channel) {
        try {
            if (channel.supportedOptions().contains(ExtendedSocketOptions.SO_PEERCRED)) {
                UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
                return Optional.of(peer.user());
            }
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The OS user this process runs as: the owner of /proc/self on Linux. */
    static Optional<UserPrincipal> self() {
        try {
            return Optional.of(Files.getOwner(Path.of("/proc/self")));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    static String name(UserPrincipal user) {
        return user.getName();
    }
}
