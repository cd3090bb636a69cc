package io.bellwether.metrics;

import io.bellwether.application.port.out.MetricsBackfill.UnavailableException;
import io.bellwether.application.port.out.MetricsBackfill.UnavailableException.Reason;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A Prometheus server process (Debian's {@code prometheus}) on 127.0.0.1 on a free port, with its own config
 * and {@code --storage.tsdb.path}, waited for (bounded) on {@code /-/ready} and stopped by {@link #close}
 * (also when the JVM exits first); and {@code promtool}, run bounded. Failures are
 * {@link UnavailableException}s whose message ends with the process's output.
 */
public final class PrometheusProcess implements AutoCloseable {
    public static final String INSTALL = "install it with `apt-get install -y prometheus`";
    static final Duration PROMTOOL_WITHIN = Duration.ofSeconds(120);

    private final Process process;
    private final URI url;
    private final Path log;
    private final Thread stopAtExit;

    private PrometheusProcess(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
        this.stopAtExit = new Thread(process::destroy, "stop prometheus");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** The executable {@code name} in the first folder of {@code environment}'s PATH that has it. */
    public static Optional<Path> onPath(String name, UnaryOperator<String> environment) {
        String path = environment.apply("PATH");
        return List.of((path == null ? "" : path).split(File.pathSeparator)).stream().filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    /** Starts {@code prometheus} with {@code config} (YAML) over {@code storage} (which may hold backfilled blocks). */
    public static PrometheusProcess start(Path prometheus, Path folder, String config, Path storage,
                                          Duration readyWithin) throws IOException, InterruptedException {
        Path configFile = Files.writeString(folder.resolve("prometheus.yml"), config);
        Path log = folder.resolve("prometheus.log");
        int port = freePort();
        Process process = new ProcessBuilder(prometheus.toString(), "--config.file=" + configFile,
                "--storage.tsdb.path=" + storage, "--web.listen-address=127.0.0.1:" + port,
                "--storage.tsdb.retention.time=100y", "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrometheusProcess started = new PrometheusProcess(process, URI.create("http://127.0.0.1:" + port), log);
        try {
            started.awaitReady(readyWithin);
            return started;
        } catch (RuntimeException | Error | InterruptedException | IOException e) {
            started.close();
            throw e;
        }
    }

    public URI url() {
        return url;
    }

    private void awaitReady(Duration within) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + within.toNanos();
        for (int attempt = 0; attempt < 6000 && System.nanoTime() < deadline; attempt++) {
            if (!process.isAlive()) {
                throw new UnavailableException(Reason.FAILED, "prometheus exited with " + process.exitValue() + ": "
                        + PrometheusHttp.excerpt(Files.readString(log)));
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(url.resolve("/-/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new UnavailableException(Reason.NOT_READY, "prometheus was not ready within " + within.toSeconds()
                + " s: " + PrometheusHttp.excerpt(Files.readString(log)));
    }

    /** Runs {@code promtool} with the arguments, bounded; its output goes to {@code folder/promtool.log}. */
    public static void promtool(Path promtool, Path folder, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(arguments));
        Path output = folder.resolve("promtool.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(PROMTOOL_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            throw new UnavailableException(Reason.NOT_READY, "promtool did not finish within "
                    + PROMTOOL_WITHIN.toSeconds() + " s: " + PrometheusHttp.excerpt(Files.readString(output)));
        }
        if (process.exitValue() != 0) {
            throw new UnavailableException(Reason.FAILED, "promtool " + String.join(" ", arguments) + " failed: "
                    + PrometheusHttp.excerpt(Files.readString(output)));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the JVM is already shutting down; the hook stops nothing that is still running
        }
    }
}
