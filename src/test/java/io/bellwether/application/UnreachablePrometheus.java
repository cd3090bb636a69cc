package io.bellwether.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

/** A Prometheus URL on 127.0.0.1 that nothing listens on (a port that was free a moment ago): connection refused. */
public final class UnreachablePrometheus {
    private UnreachablePrometheus() {
    }

    public static URI url() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
