package io.bellwether;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.ExitCodes;
import io.bellwether.domain.DeploymentStrategy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Timed harness, not a test (issue 16): two concurrent command-line writers ({@code health add}, one
 * JVM per command) through the console's socket, against the same commands run directly on the
 * closed workspace, where a writer that finds the file held by the other retries (exit 6). Prints the
 * median and range of commands per second over the rounds, and the load.
 * Run: {@code java -cp target/classes:target/test-classes:DEPENDENCIES io.bellwether.ForwardedWritersTiming [ROUNDS] [PER_WRITER]}
 */
public final class ForwardedWritersTiming {
    private static final int WRITERS = 2;
    private static final int MAX_TRIES = 200;

    private ForwardedWritersTiming() {
    }

    public static void main(String[] args) throws Exception {
        try {
            measure(args);
        } finally {
            System.exit(0);
        }
    }

    private static void measure(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int perWriter = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("bellwether-timing");
        Path db = dir.resolve("bellwether");
        ExecutorService worker = Executors.newSingleThreadExecutor();
        String id;
        List<Double> socket = new ArrayList<>();
        List<Double> direct = new ArrayList<>();
        AtomicInteger retries = new AtomicInteger();
        System.out.println("load before: " + uptime());
        try (Workspace console = ServedWorkspace.open(db, Clock.systemUTC(), worker::execute, System.err::println)) {
            id = console.lifecycle().createDeployment(
                    DeploymentRequest.builder("fraud", "v2", DeploymentStrategy.CANARY, "me").build()).deploymentId();
            for (int round = 0; round < rounds; round++) {
                socket.add(round(dir, db, id, perWriter, new AtomicInteger()));
            }
            System.out.println("load after socket rounds: " + uptime());
        } finally {
            worker.shutdown();
            worker.awaitTermination(30, TimeUnit.SECONDS);
        }
        for (int round = 0; round < rounds; round++) {
            direct.add(round(dir, db, id, perWriter, retries));
        }
        System.out.println("load after direct rounds: " + uptime());
        System.out.printf("through the console's socket: %s commands/s%n", summary(socket));
        System.out.printf("directly, console closed:     %s commands/s (%d retries after exit 6 in all)%n",
                summary(direct), retries.get());
        System.out.printf("(%d rounds of %d writers x %d health add, one JVM per command)%n", rounds, WRITERS, perWriter);
    }

    /** Commands per second of one round: both writers' commands over the wall time until both are done. */
    private static double round(Path dir, Path db, String id, int perWriter, AtomicInteger retries) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            done.add(writers.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    addOne(dir, db, id, retries);
                }
                return null;
            }));
        }
        for (Future<?> writer : done) {
            writer.get(30, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        writers.shutdownNow();
        return WRITERS * perWriter / seconds;
    }

    private static void addOne(Path dir, Path db, String id, AtomicInteger retries) throws Exception {
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            CliProcess.Run run = CliProcess.run(dir, "health", "add", id, "--status", "healthy", "--p95", "0.05",
                    "--db", db.toString());
            if (run.exitCode() == ExitCodes.OK) {
                return;
            }
            if (run.exitCode() != ExitCodes.WORKSPACE_UNAVAILABLE) {
                throw new IllegalStateException("health add exited " + run.exitCode() + ": " + run.err());
            }
            retries.incrementAndGet();
        }
        throw new IllegalStateException("health add found the workspace held " + MAX_TRIES + " times");
    }

    private static String summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format("median %.2f (range %.2f-%.2f)", median, sorted.get(0), sorted.get(n - 1));
    }

    private static String uptime() throws Exception {
        Process uptime = new ProcessBuilder("uptime").redirectErrorStream(true).start();
        String text = new String(uptime.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        uptime.waitFor(10, TimeUnit.SECONDS);
        return text;
    }
}
