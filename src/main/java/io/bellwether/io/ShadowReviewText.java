package io.bellwether.io;

import io.bellwether.domain.PyFormat;
import io.bellwether.domain.ShadowVerdict;

/** How a shadow review writes its numbers, shared by the HTML report and the console's review screen. */
public final class ShadowReviewText {
    /** Shown for a value that is missing (a metric one version lacks, a P95 of no data). */
    public static final String MISSING = "\u2013";

    private ShadowReviewText() {
    }

    /** Seconds with three decimals, as the guide prints latencies. */
    public static String seconds(double value) {
        return ShadowVerdict.seconds(value);
    }

    /** An offline metric with four decimals. */
    public static String number(Double value) {
        return value == null ? MISSING : PyFormat.fixed(value, 4);
    }

    /** A difference with its sign and four decimals. */
    public static String signed(Double value) {
        return value == null ? MISSING : (value >= 0 ? "+" : "") + PyFormat.fixed(value, 4);
    }
}
