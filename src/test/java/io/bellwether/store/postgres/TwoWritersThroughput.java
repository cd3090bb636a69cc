package io.bellwether.store.postgres;

import io.bellwether.Bellwether;
import io.bellwether.ServedWorkspace;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.BellwetherCommand;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.forward.CommandForwarder;
import io.bellwether.forward.ForwardedCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;

/**
 * A timed harness, not a unit test: two concurrent writers each running {@code health add} as fast
 * as they can, (a) on PostgreSQL, each writer with a workspace of its own (as two machines), and
 * (b) on H2 through the console's socket (a served workspace in this JVM, each writer forwarding the
 * command as the command line does). Alternating rounds; prints commands per second and the
 * PostgreSQL/H2 ratio per round, then medians with ranges and the load average.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.bellwether.store.postgres.TwoWritersThroughput [rounds] [seconds]}.
 */
public final class TwoWritersThroughput {
    private TwoWritersThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long millis = TimeUnit.SECONDS.toMillis(args.length > 1 ? Integer.parseInt(args[1]) : 8);
        Path folder = Files.createTempDirectory("bw-throughput");
        String url = LocalPostgres.server().newWorkspaceUrl();
        Path h2 = folder.resolve("bellwether").toAbsolutePath();
        ExecutorService consoleWorker = Executors.newSingleThreadExecutor();
        try (Workspace first = Bellwether.openRecordOnly(Path.of(url), Clock.systemUTC(), () -> "first");
             Workspace second = Bellwether.openRecordOnly(Path.of(url), Clock.systemUTC(), () -> "second");
             Workspace console = ServedWorkspace.open(h2, Clock.systemUTC(), consoleWorker, System.err::println)) {
            String onPostgres = liveDeployment(first);
            String onH2 = liveDeployment(console);
            Workspace[] writers = {first, second};
            List<Double> postgres = new ArrayList<>();
            List<Double> embedded = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            System.out.println("load before: " + Files.readString(Path.of("/proc/loadavg")).trim());
            for (int round = 0; round <= rounds; round++) {
                double pg = perSecond(millis, writer -> BellwetherCommand.forwarded(writers[writer], folder,
                        OutputStream.nullOutputStream(), OutputStream.nullOutputStream()).execute(healthAdd(onPostgres)));
                double viaSocket = perSecond(millis, writer -> forward(h2, folder, healthAdd(onH2)));
                String label = round == 0 ? "warm-up" : "round " + round;
                System.out.printf("%-8s PostgreSQL %7.1f/s   H2 via socket %7.1f/s   ratio %.2f%n", label, pg, viaSocket,
                        pg / viaSocket);
                if (round > 0) {
                    postgres.add(pg);
                    embedded.add(viaSocket);
                    ratios.add(pg / viaSocket);
                }
            }
            System.out.println("PostgreSQL, 2 writers: " + summary(postgres) + " health add/s");
            System.out.println("H2 through the console socket, 2 writers: " + summary(embedded) + " health add/s");
            System.out.println("ratio PostgreSQL/H2: " + summary(ratios));
            System.out.println("load after: " + Files.readString(Path.of("/proc/loadavg")).trim());
        } finally {
            consoleWorker.shutdown();
        }
        System.exit(0);
    }

    private static String liveDeployment(Workspace workspace) {
        String id = workspace.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v2",
                DeploymentStrategy.DIRECT, "bench").build()).deploymentId();
        workspace.lifecycle().startDeployment(id, "bench");
        return id;
    }

    private static String[] healthAdd(String id) {
        return new String[] {"health", "add", id, "--status", "healthy", "--p50", "0.03", "--p95", "0.05", "--p99",
                "0.07", "--error-rate", "0.001", "--rps", "900"};
    }

    private static int forward(Path workspace, Path folder, String[] args) {
        CommandForwarder.Outcome outcome = CommandForwarder.forward(new ForwardedCommand(List.of(args), folder, workspace),
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream());
        return outcome instanceof CommandForwarder.Finished finished ? finished.exitCode() : -1;
    }

    /** Commands per second of two writers running {@code command} (writer 0 or 1) for {@code millis}; each must exit 0. */
    private static double perSecond(long millis, IntUnaryOperator command) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                int which = writer;
                writers.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        int code = command.applyAsInt(which);
                        if (code != 0) {
                            throw new IllegalStateException("health add exited " + code);
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(millis + 60_000, TimeUnit.MILLISECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static String summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("median %.2f (range %.2f-%.2f, %d rounds)", sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }
}
