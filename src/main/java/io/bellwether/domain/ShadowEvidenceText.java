package io.bellwether.domain;

import java.util.List;

/**
 * The one wording of the shadow evidence, used by the Shadow tab, the Review tab and the HTML
 * review: a label and a text per figure, "not enough data" where the sample is too small (never NaN).
 * Percentages through {@link PyFormat#percent}, latencies in ms.
 */
public final class ShadowEvidenceText {
    public static final String NOT_ENOUGH = "not enough data";
    /** Said once above the figures. */
    public static final String NOTE = "95 % intervals: how sure the sample is. The guide's verdict is the decision.";

    /** One figure of the evidence as shown. */
    public record Figure(String label, String text) {
    }

    private ShadowEvidenceText() {
    }

    /** The four figures; {@code maxP95Ratio} is the guide's latency limit the "enough data?" answer is held against. */
    public static List<Figure> figures(ShadowEvidence evidence, double maxP95Ratio) {
        return List.of(new Figure("Agreement", agreement(evidence)),
                new Figure("Median latency difference", medianDifference(evidence)),
                new Figure("Wilcoxon signed-rank", wilcoxon(evidence)),
                new Figure("Enough data?", enoughData(evidence, maxP95Ratio)));
    }

    static String agreement(ShadowEvidence e) {
        if (e.agreement() == null) {
            return NOT_ENOUGH;
        }
        return percent(e.agreementRate()) + " (95 % Wilson interval " + percent(e.agreement().lower()) + " – "
                + percent(e.agreement().upper()) + "; " + count(e.agreements()) + " of " + count(e.comparisons()) + ")";
    }

    static String medianDifference(ShadowEvidence e) {
        if (e.medianDifference() == null) {
            return NOT_ENOUGH;
        }
        String interval = e.medianInterval() == null
                ? NOT_ENOUGH + " for an interval (needs " + ShadowEvidence.MEDIAN_MINIMUM + " comparisons)"
                : "95 % interval " + signedMillis(e.medianInterval().lower()) + " to "
                        + signedMillis(e.medianInterval().upper());
        return signedMillis(e.medianDifference()) + " shadow − primary (" + interval + ")";
    }

    static String wilcoxon(ShadowEvidence e) {
        if (e.wilcoxonP() == null) {
            return e.comparisons() == 0 ? NOT_ENOUGH : NOT_ENOUGH + " (no latency differs)";
        }
        double p = e.wilcoxonP();
        String value = p < 0.0001 ? "p < 0.0001" : "p = " + PyFormat.fixed(p, 4);
        String of = e.wilcoxonPairs() < e.comparisons() ? " (on " + count(e.wilcoxonPairs()) + " evenly spaced pairs)" : "";
        return value + (p < 0.05 ? ": the latencies differ" : ": no clear latency difference") + of;
    }

    static String enoughData(ShadowEvidence e, double maxP95Ratio) {
        Double change = e.detectableP95Change();
        if (change == null) {
            return NOT_ENOUGH + ": a p95 interval needs " + ShadowEvidence.P95_MINIMUM + " comparisons (has "
                    + e.comparisons() + ")";
        }
        Double ratio = e.detectableP95Ratio();
        String detectable = "the smallest detectable p95 change is " + millis(change)
                + (ratio == null ? "" : " (" + percent(ratio) + " of the primary's p95)");
        if (ratio == null) {
            return detectable;
        }
        double allowed = maxP95Ratio - 1;
        return (ratio < allowed ? "yes: " : "no: ") + detectable + "; the guide allows +" + percent(allowed);
    }

    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    private static String percent(double fraction) {
        return PyFormat.percent(fraction, 2);
    }

    private static String millis(double seconds) {
        return PyFormat.fixed(seconds * 1000, 2) + " ms";
    }

    private static String signedMillis(double seconds) {
        return (seconds > 0 ? "+" : "") + millis(seconds);
    }
}
