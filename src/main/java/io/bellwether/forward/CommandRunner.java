package io.bellwether.forward;

import java.io.InputStream;
import java.io.OutputStream;

/** Runs a forwarded command in the console and returns its exit code. */
@FunctionalInterface
public interface CommandRunner {
    /**
     * @param in  the client's standard input, asked for only when the command reads it
     * @param out the client's standard output
     * @param err the client's standard error
     * @throws ForwardRefusal when the console does not run this command
     */
    int run(ForwardedCommand command, InputStream in, OutputStream out, OutputStream err) throws Exception;
}
