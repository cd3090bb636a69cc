package io.bellwether.drill;

import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ShadowComparison;
import java.util.List;

/**
 * What the simulator measured in one window: the canary's metrics and request count, and the shadow
 * comparisons; {@code metrics} is null when the feed delivered nothing.
 */
public record WindowTraffic(PerformanceMetrics metrics, long requestCount, List<ShadowComparison> comparisons) {
    public WindowTraffic {
        comparisons = List.copyOf(comparisons);
    }

    public static WindowTraffic nothing() {
        return new WindowTraffic(null, 0, List.of());
    }

    public boolean measured() {
        return metrics != null;
    }
}
