package io.bellwether.domain;

/**
 * When a shadow model is ready for production: the guide's test, agreement rate strictly above
 * {@code minAgreementRate} and shadow P95 strictly below {@code maxP95Ratio} × primary P95.
 */
public record ReadinessCriteria(double minAgreementRate, double maxP95Ratio) {

    /** The guide's numbers: agreement above 95 %, shadow P95 below 1.2 × primary P95. */
    public static final ReadinessCriteria DEFAULTS = new ReadinessCriteria(0.95, 1.2);

    public ReadinessCriteria {
        Checks.fraction("min_agreement_rate", minAgreementRate);
        Checks.positive("max_p95_ratio", maxP95Ratio);
    }

    /** An empty report is never ready: there is nothing to judge. */
    public ShadowVerdict judge(ShadowReport report) {
        if (report.isEmpty()) {
            return new ShadowVerdict(false, false, false, report.agreementRate(), minAgreementRate,
                    Double.NaN, Double.NaN, maxP95Ratio);
        }
        double primaryP95 = report.primaryLatency().p95();
        double shadowP95 = report.shadowLatency().p95();
        boolean agreementPassed = report.agreementRate() > minAgreementRate;
        boolean latencyPassed = shadowP95 < primaryP95 * maxP95Ratio;
        return new ShadowVerdict(agreementPassed && latencyPassed, agreementPassed, latencyPassed,
                report.agreementRate(), minAgreementRate, primaryP95, shadowP95, maxP95Ratio);
    }
}
