package io.bellwether.metrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Canaries' traffic from {@code from} to {@code to}, one sample every 15 s, written as OpenMetrics with
 * timestamps and backfilled with promtool into a TSDB folder a {@link LocalPrometheus} can serve.
 */
public final class CanaryBackfill {
    private CanaryBackfill() {
    }

    /** The TSDB folder under {@code folder} holding the canaries' blocks. */
    public static Path blocks(Path folder, List<CanaryTraffic> canaries, Instant from, Instant to) throws Exception {
        StringBuilder text = new StringBuilder("# TYPE bellwether_request_duration_seconds histogram\n");
        for (CanaryTraffic traffic : canaries) {
            for (Instant at = from; !at.isAfter(to); at = at.plusSeconds(15)) {
                traffic.histogramAt(text, from, at);
            }
        }
        text.append("# TYPE bellwether_request_errors counter\n");
        for (CanaryTraffic traffic : canaries) {
            for (Instant at = from; !at.isAfter(to); at = at.plusSeconds(15)) {
                traffic.errorsAt(text, from, at);
            }
        }
        Path input = Files.writeString(folder.resolve("canaries.om"), text.append("# EOF\n"));
        Path storage = Files.createDirectories(folder.resolve("tsdb"));
        LocalPrometheus.promtool(folder, "tsdb", "create-blocks-from", "openmetrics", input.toString(),
                storage.toString());
        return storage;
    }

    /** A Prometheus over the canaries' backfilled blocks. */
    public static LocalPrometheus serve(Path folder, List<CanaryTraffic> canaries, Instant from, Instant to)
            throws Exception {
        return LocalPrometheus.start(folder, "global:\n  scrape_interval: 15s\n", blocks(folder, canaries, from, to));
    }
}
