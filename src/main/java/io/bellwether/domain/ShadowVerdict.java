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
}
