package io.bellwether.metrics;

import io.bellwether.application.port.out.MetricsBackfill;
import io.bellwether.application.port.out.MetricsBackfill.UnavailableException.Reason;
import io.bellwether.io.ExternalProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@link MetricsBackfill} with Debian's Prometheus: the families are written as OpenMetrics, backfilled with
 * {@code promtool tsdb create-blocks-from openmetrics} into a temporary folder, and a {@code prometheus} on
 * 127.0.0.1 serves those blocks. Closing stops it and removes the folder; so does any failure on the way.
 */
public final class BackfilledPrometheus implements MetricsBackfill {
    public static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private final UnaryOperator<String> environment;
    private final Duration readyWithin;

    /** @param environment gives the PATH the binaries are looked up on */
    public BackfilledPrometheus(UnaryOperator<String> environment, Duration readyWithin) {
        this.environment = environment;
        this.readyWithin = readyWithin;
    }

    @Override
    public void requireInstalled() {
        binary("prometheus");
        binary("promtool");
    }

    @Override
    public Served serve(List<Family> families) {
        Path prometheus = binary("prometheus");
        Path promtool = binary("promtool");
        Path folder;
        try {
            folder = Files.createTempDirectory("bellwether-prometheus");
        } catch (IOException e) {
            throw new UnavailableException(Reason.FAILED, "cannot create a folder for Prometheus: " + e.getMessage());
        }
        try {
            Path input = Files.writeString(folder.resolve("metrics.om"), OpenMetricsText.write(families));
            Path storage = Files.createDirectories(folder.resolve("tsdb"));
            PrometheusProcess.promtool(promtool, folder, "tsdb", "create-blocks-from", "openmetrics",
                    input.toString(), storage.toString());
            PrometheusProcess process = PrometheusProcess.start(prometheus, folder, "global:\n  scrape_interval: 15s\n",
                    storage, readyWithin);
            return new Running(process, folder);
        } catch (IOException e) {
            ExternalProcess.deleteFolder(folder);
            throw new UnavailableException(Reason.FAILED, "cannot start Prometheus: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ExternalProcess.deleteFolder(folder);
            throw new UnavailableException(Reason.FAILED, "interrupted while starting Prometheus");
        } catch (RuntimeException e) {
            ExternalProcess.deleteFolder(folder);
            throw e;
        }
    }

    private Path binary(String name) {
        return PrometheusProcess.onPath(name, environment).orElseThrow(() -> new UnavailableException(
                Reason.NOT_INSTALLED, "`" + name + "` is not on the PATH: " + PrometheusProcess.INSTALL));
    }

    private record Running(PrometheusProcess process, Path folder) implements Served {
        @Override
        public URI url() {
            return process.url();
        }

        @Override
        public void close() {
            try {
                process.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ExternalProcess.deleteFolder(folder);
            }
        }
    }
}
