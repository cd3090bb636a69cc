package io.bellwether.io;

import io.bellwether.domain.PyFormat;

/** How a shadow review writes its numbers, shared by the HTML report and the console's review screen. */
public final class ShadowReviewText {
    /** Shown for a value that is missing (a metric one version lacks, a P95 of no data). */
    public static final String MISSING = "\u2013";

    private ShadowReviewText() {
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
