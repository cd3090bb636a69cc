package io.bellwether.metrics;

import io.bellwether.application.port.out.MetricsBackfill.UnavailableException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus for a test ({@link PrometheusProcess}: 127.0.0.1, a free port, its own config and storage,
 * bounded wait for ready, stopped by {@link #close}). Where the binaries are missing the test is skipped, or
 * fails when {@code BELLWETHER_REQUIRE_SERVERS=1} (CI); a server that does not start fails the test.
 */
public final class LocalPrometheus implements AutoCloseable {
    static final Duration READY_WITHIN = BackfilledPrometheus.READY_WITHIN;
    private static final String INSTALL = PrometheusProcess.INSTALL + " to run the Prometheus tests";

    private final PrometheusProcess process;

    private LocalPrometheus(PrometheusProcess process) {
        this.process = process;
    }

    /** The binary's path, or the test is skipped (failed where servers are required). */
    public static Path binary(String name) {
        Optional<Path> found = PrometheusProcess.onPath(name, System::getenv);
        if (found.isEmpty()) {
            String message = "`" + name + "` is not on the PATH: " + INSTALL;
            if (serversRequired()) {
                Assertions.fail(message + " (BELLWETHER_REQUIRE_SERVERS=1 makes this a failure)");
            }
            Assumptions.abort(message);
        }
        return found.get();
    }

    static boolean serversRequired() {
        return "1".equals(System.getenv("BELLWETHER_REQUIRE_SERVERS"));
    }

    /** Starts Prometheus with {@code config} (YAML) over {@code storage} (which may hold backfilled blocks). */
    public static LocalPrometheus start(Path folder, String config, Path storage) throws IOException, InterruptedException {
        Path prometheus = binary("prometheus");
        try {
            return new LocalPrometheus(PrometheusProcess.start(prometheus, folder, config, storage, READY_WITHIN));
        } catch (UnavailableException e) {
            return Assertions.fail(e.getMessage());
        }
    }

    public URI url() {
        return process.url();
    }

    /** Runs {@code promtool} with the arguments, bounded; fails with its output when it does not succeed. */
    public static void promtool(Path folder, String... arguments) throws IOException, InterruptedException {
        Path promtool = binary("promtool");
        try {
            PrometheusProcess.promtool(promtool, folder, arguments);
        } catch (UnavailableException e) {
            Assertions.fail(e.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
