package io.bellwether.metrics;

import io.bellwether.application.port.out.MetricsBackfill.UnavailableException;
import io.bellwether.application.port.out.MetricsBackfill.UnavailableException.Reason;
import io.bellwether.io.ExternalProcess;
import java.io.File;
import java.io.IOException;
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
    private static final Duration ASK_EVERY = Duration.ofMillis(100);

    private final ExternalProcess process;
    private final URI url;

    private PrometheusProcess(ExternalProcess process, URI url) {
        this.process = process;
        this.url = url;
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
        int port = ExternalProcess.freePort();
        ExternalProcess process = ExternalProcess.start("prometheus", List.of(prometheus.toString(),
                "--config.file=" + configFile, "--storage.tsdb.path=" + storage, "--web.listen-address=127.0.0.1:" + port,
                "--storage.tsdb.retention.time=100y", "--log.level=warn"), folder.resolve("prometheus.log"));
        PrometheusProcess started = new PrometheusProcess(process, URI.create("http://127.0.0.1:" + port));
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
        HttpRequest ready = HttpRequest.newBuilder(url.resolve("/-/ready")).timeout(Duration.ofSeconds(2)).build();
        switch (process.awaitReady(within, ASK_EVERY,
                () -> client.send(ready, HttpResponse.BodyHandlers.ofString()).statusCode() == 200)) {
            case READY -> { }
            case EXITED -> throw new UnavailableException(Reason.FAILED, "prometheus exited with "
                    + process.exitValue() + ": " + PrometheusHttp.excerpt(process.output()));
            case NOT_READY -> throw new UnavailableException(Reason.NOT_READY, "prometheus was not ready within "
                    + within.toSeconds() + " s: " + PrometheusHttp.excerpt(process.output()));
        }
    }

    /** Runs {@code promtool} with the arguments, bounded; its output goes to {@code folder/promtool.log}. */
    public static void promtool(Path promtool, Path folder, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(arguments));
        Path output = folder.resolve("promtool.log");
        ExternalProcess.Finished finished = ExternalProcess.run(command, output, null, PROMTOOL_WITHIN);
        if (!finished.inTime()) {
            throw new UnavailableException(Reason.NOT_READY, "promtool did not finish within "
                    + PROMTOOL_WITHIN.toSeconds() + " s: " + PrometheusHttp.excerpt(Files.readString(output)));
        }
        if (!finished.succeeded()) {
            throw new UnavailableException(Reason.FAILED, "promtool " + String.join(" ", arguments) + " failed: "
                    + PrometheusHttp.excerpt(Files.readString(output)));
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
