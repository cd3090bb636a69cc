package io.bellwether.domain;

/**
 * A shadow deployment's comparisons as parallel primitive columns, oldest first: time in epoch
 * seconds, latencies in seconds, agreement. For charts over a million comparisons without a
 * million objects.
 */
public record ShadowComparisonColumns(double[] epochSeconds, double[] primaryLatency, double[] shadowLatency,
                                      boolean[] agreement) {

    public static final ShadowComparisonColumns EMPTY =
            new ShadowComparisonColumns(new double[0], new double[0], new double[0], new boolean[0]);

    public ShadowComparisonColumns {
        int n = epochSeconds.length;
        if (primaryLatency.length != n || shadowLatency.length != n || agreement.length != n) {
            throw new InvalidInputException("shadow comparison columns", primaryLatency.length + "/"
                    + shadowLatency.length + "/" + agreement.length, "must all have " + n + " values");
        }
    }

    public int size() {
        return epochSeconds.length;
    }

    /** How many comparisons agreed. */
    public long agreements() {
        long agreed = 0;
        for (boolean agreement : agreement) {
            agreed += agreement ? 1 : 0;
        }
        return agreed;
    }
}
