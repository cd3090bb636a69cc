package io.bellwether.ui.common;

import io.bellwether.domain.ShadowVerdict;

/**
 * A readiness verdict as the shadow screen and the Review tab show it: the headline and each
 * criterion marked passed (✓) or failed (✗). {@code ready} is null while nothing is judged.
 */
public record VerdictLines(Boolean ready, String headline, String agreement, String latency) {
    public static final VerdictLines NONE = new VerdictLines(null, "", "", "");

    public static VerdictLines of(ShadowVerdict verdict) {
        return new VerdictLines(verdict.ready(), verdict.headline(),
                mark(verdict.agreementPassed()) + " " + verdict.agreementCriterion(),
                mark(verdict.latencyPassed()) + " " + verdict.latencyCriterion());
    }

    /** No verdict, for {@code why}; the criteria lines stay as they were. */
    public VerdictLines refused(String why) {
        return new VerdictLines(null, why, agreement, latency);
    }

    /** Whether the verdict says ready; false while nothing is judged. */
    public boolean isReady() {
        return Boolean.TRUE.equals(ready);
    }

    private static String mark(boolean passed) {
        return passed ? "\u2713" : "\u2717";
    }
}
