package io.bellwether.drill;

import io.bellwether.domain.ShadowComparison;
import java.time.Instant;
import java.util.Random;

/**
 * The fraud labels of the demo's disagreeing comparisons, so that the disagreement browser has a
 * confusion table to show; agreeing comparisons carry no result. Its own random sequence, so the
 * latencies and agreements of the demo stay what they were.
 */
final class DemoResults {
    private static final String[][] PAIRS = {
        {"legit", "fraud"}, {"fraud", "legit"}, {"legit", "review"}, {"review", "fraud"}, {"review", "legit"},
    };
    private static final double[] CUMULATIVE = {0.50, 0.78, 0.90, 0.96, 1.0};
    private final Random random;

    DemoResults(long seed) {
        random = new Random(seed ^ 0x5eed);
    }

    ShadowComparison comparison(Instant at, double primaryLatency, double shadowLatency, boolean agreement) {
        if (agreement) {
            return ShadowComparison.of(at, primaryLatency, shadowLatency, true);
        }
        double draw = random.nextDouble();
        int pair = 0;
        while (draw > CUMULATIVE[pair]) {
            pair++;
        }
        return new ShadowComparison(at, "\"" + PAIRS[pair][0] + "\"", "\"" + PAIRS[pair][1] + "\"", primaryLatency,
                shadowLatency, false);
    }
}
