package io.bellwether.domain;

/** A confidence interval, both ends included, in the unit of the figure it belongs to. */
public record Interval(double lower, double upper) {

    /** 1.96: the two-sided 95 % quantile of the standard normal. */
    static final double Z95 = 1.959963984540054;

    /**
     * The 95 % Wilson score interval of {@code successes} out of {@code trials} (trials above 0):
     * centre (p + z²/2n) / (1 + z²/n), half-width z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²).
     */
    public static Interval wilson(long successes, long trials) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new InvalidInputException("Wilson interval", successes + " of " + trials,
                    "needs 0 <= successes <= trials and trials > 0");
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At 0 or n successes one end is exactly 0 or 1; the formula only reaches it up to rounding.
        return new Interval(successes == 0 ? 0 : Math.max(0, centre - half),
                successes == trials ? 1 : Math.min(1, centre + half));
    }
}
