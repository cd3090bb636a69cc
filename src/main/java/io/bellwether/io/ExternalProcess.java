package io.bellwether.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A program the adapters (or the tests) start and stop: its output goes to a log file, every wait is
 * bounded, and a server left running is stopped when the JVM exits first. Also the small helpers
 * such programs need: a free port on 127.0.0.1 and removing their folder.
 */
public final class ExternalProcess implements AutoCloseable {
    static final Duration STOP_WITHIN = Duration.ofSeconds(15);

    /** Where a wait for readiness ended. */
    public enum Readiness { READY, EXITED, NOT_READY }

    /** Asks the server once whether it is ready; an IOException means not yet (not listening). */
    @FunctionalInterface
    public interface ReadyCheck {
        boolean ready() throws IOException, InterruptedException;
    }

    /** How a bounded run ended: in time with its exit value, or stopped at the bound. */
    public record Finished(boolean inTime, int exitValue) {
        public boolean succeeded() {
            return inTime && exitValue == 0;
        }
    }

    private final Process process;
    private final Path log;
    private final Thread stopAtExit;

    private ExternalProcess(String name, List<String> command, Path log) throws IOException {
        this.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        this.log = log;
        this.stopAtExit = new Thread(process::destroy, "stop " + name);
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Starts {@code command} with its output (and errors) in {@code log}. */
    public static ExternalProcess start(String name, List<String> command, Path log) throws IOException {
        return new ExternalProcess(name, command, log);
    }

    /** Asks {@code check} every {@code every} until it says ready, the process exits, or {@code within} passes. */
    public Readiness awaitReady(Duration within, Duration every, ReadyCheck check) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        long attempts = within.toMillis() / Math.max(1, every.toMillis()) + 1;
        for (long attempt = 0; attempt < attempts && System.nanoTime() < deadline; attempt++) {
            if (!process.isAlive()) {
                return Readiness.EXITED;
            }
            try {
                if (check.ready()) {
                    return Readiness.READY;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(every.toMillis());
        }
        return process.isAlive() ? Readiness.NOT_READY : Readiness.EXITED;
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** What the process wrote so far. */
    public String output() throws IOException {
        return Files.readString(log);
    }

    /**
     * Runs {@code command} to its end, {@code input} (or nothing) on its standard input and its output
     * in {@code output}; stopped (with its children) when it is still running after {@code within}.
     */
    public static Finished run(List<String> command, Path output, String input, Duration within)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS);
            return new Finished(false, -1);
        }
        return new Finished(true, process.exitValue());
    }

    /** A port nothing listens on at 127.0.0.1 right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** Removes {@code folder} and everything in it; an error names the folder. */
    public static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the folder " + folder, e);
        }
    }

    /** Stops the process, forcibly when it has not ended within 15 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the JVM is already shutting down; the hook stops nothing that is still running
        }
    }
}
