package io.bellwether.metrics;

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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus (Debian's {@code prometheus} package) started by a test on 127.0.0.1 on a free port,
 * with its own config and {@code --storage.tsdb.path}, waited for (bounded) on {@code /-/ready} and stopped
 * by {@link #close}. Where the binaries are missing the test is skipped, or fails when
 * {@code BELLWETHER_REQUIRE_SERVERS=1} (CI).
 */
public final class LocalPrometheus implements AutoCloseable {
    static final Duration READY_WITHIN = Duration.ofSeconds(60);
    private static final String INSTALL = "install it with `apt-get install -y prometheus` to run the Prometheus tests";

    private final Process process;
    private final URI url;
    private final Path log;

    private LocalPrometheus(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** The binary's path, or the test is skipped (failed where servers are required). */
    public static Path binary(String name) {
        Optional<Path> found = List.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
                .stream().map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            String message = "`" + name + "` is not on the PATH: " + INSTALL;
            if ("1".equals(System.getenv("BELLWETHER_REQUIRE_SERVERS"))) {
                Assertions.fail(message + " (BELLWETHER_REQUIRE_SERVERS=1 makes this a failure)");
            }
            Assumptions.abort(message);
        }
        return found.get();
    }

    /** Starts Prometheus with {@code config} (YAML) over {@code storage} (which may hold backfilled blocks). */
    public static LocalPrometheus start(Path folder, String config, Path storage) throws IOException, InterruptedException {
        Path prometheus = binary("prometheus");
        Path configFile = Files.writeString(folder.resolve("prometheus.yml"), config);
        Path log = folder.resolve("prometheus.log");
        int port = freePort();
        Process process = new ProcessBuilder(prometheus.toString(), "--config.file=" + configFile,
                "--storage.tsdb.path=" + storage, "--web.listen-address=127.0.0.1:" + port,
                "--storage.tsdb.retention.time=100y", "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalPrometheus started = new LocalPrometheus(process, URI.create("http://127.0.0.1:" + port), log);
        try {
            started.awaitReady();
            return started;
        } catch (RuntimeException | Error | InterruptedException e) {
            started.close();
            throw e;
        }
    }

    public URI url() {
        return url;
    }

    private void awaitReady() throws InterruptedException, IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        for (int attempt = 0; attempt < 600 && System.nanoTime() < deadline; attempt++) {
            if (!process.isAlive()) {
                Assertions.fail("prometheus exited with " + process.exitValue() + ": " + Files.readString(log));
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
        Assertions.fail("prometheus was not ready within " + READY_WITHIN + ": " + Files.readString(log));
    }

    /** Runs {@code promtool} with the arguments, bounded; fails with its output when it does not succeed. */
    public static void promtool(Path folder, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(binary("promtool").toString()));
        command.addAll(List.of(arguments));
        Path output = folder.resolve("promtool.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Assertions.fail("promtool did not finish within 120 s: " + Files.readString(output));
        }
        if (process.exitValue() != 0) {
            Assertions.fail("promtool " + String.join(" ", arguments) + " failed: " + Files.readString(output));
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
    }
}
