package io.bellwether.domain;

/**
 * The readiness verdict on a shadow report, with what was measured and the thresholds used.
 * The P95 values are NaN for an empty report.
 */
public record ShadowVerdict(boolean ready, boolean agreementPassed, boolean latencyPassed,
                            double agreementRate, double minAgreementRate,
                            double primaryP95, double shadowP95, double maxP95Ratio) {

    /** Shadow P95 over primary P95 (NaN when there is no data, infinite when the primary P95 is 0). */
    public double p95Ratio() {
        return shadowP95 / primaryP95;
    }

    /** The verdict in words, the same on the shadow screen, the Review tab and the HTML report. */
    public String headline() {
        if (Double.isNaN(primaryP95) && Double.isNaN(shadowP95)) {
            return "NOT READY: no comparisons recorded";
        }
        return ready ? "READY for promotion" : "NOT READY for promotion";
    }

    /** The agreement criterion with its numbers, e.g. "Agreement 96.80% must be above 95.00%". */
    public String agreementCriterion() {
        return "Agreement " + PyFormat.percent(agreementRate, 2) + " must be above "
                + PyFormat.percent(minAgreementRate, 2);
    }

    /** The latency criterion with its numbers, latencies in ms as the console shows them. */
    public String latencyCriterion() {
        String text = "Shadow P95 " + millis(shadowP95) + " must be below " + PyFormat.fixed(maxP95Ratio, 2)
                + " \u00d7 primary P95 " + millis(primaryP95);
        double ratio = p95Ratio();
        return Double.isFinite(ratio) ? text + " (ratio " + PyFormat.fixed(ratio, 2) + ")" : text;
    }

    /** Seconds written as ms with one decimal (0.0525 → "52.5 ms"); a dash when there is none. */
    public static String millis(double seconds) {
        return Double.isFinite(seconds) ? PyFormat.fixed(seconds * 1000, 1) + " ms" : "\u2013";
    }
}
