package io.bellwether.domain;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {
    static final double[] QUANTILES = {0.5, 0.95, 0.99};

    /** The textbook definition on a fully sorted copy: the independent oracle for the selection. */
    static double sortedPercentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double index = (sorted.length - 1) * q;
        int below = (int) Math.floor(index);
        int above = Math.min(below + 1, sorted.length - 1);
        return Percentiles.lerp(sorted[below], sorted[above], index - below);
    }

    static void agreesWithSorting(double[] values, double... quantiles) {
        double[] expected = Arrays.stream(quantiles).map(q -> sortedPercentile(values, q)).toArray();
        double[] sortedBefore = values.clone();
        Arrays.sort(sortedBefore);
        double[] actual = Percentiles.linear(values, quantiles);
        assertThat(actual).containsExactly(expected);
        double[] sortedAfter = values.clone();
        Arrays.sort(sortedAfter);
        assertThat(sortedAfter).as("selection only reorders").containsExactly(sortedBefore);
    }

    @Test
    void smallSamplesByHand() {
        assertThat(Percentiles.linear(new double[] {7}, QUANTILES)).containsExactly(7, 7, 7);
        // n = 2: index = q, so p95 = 1 + 0.95 * (3 - 1)
        assertThat(Percentiles.linear(new double[] {3, 1}, 0.5, 0.95)).containsExactly(2.0, 2.9);
        // numpy.percentile([1, 2, 3, 4], [25, 50, 75]) = [1.75, 2.5, 3.25]
        assertThat(Percentiles.linear(new double[] {4, 3, 2, 1}, 0.25, 0.5, 0.75)).containsExactly(1.75, 2.5, 3.25);
        assertThat(Percentiles.linear(new double[] {5, 1, 9}, 0.0, 1.0)).containsExactly(1, 9);
    }

    @Test
    void numpysLerpCountsFromTheUpperEndAboveOneHalf() {
        assertThat(Percentiles.lerp(1, 3, 0.25)).isEqualTo(1.5);
        assertThat(Percentiles.lerp(0.1, 0.7, 0.95)).isEqualTo(0.7 - (0.7 - 0.1) * (1 - 0.95));
    }

    @Test
    void largeShapesThatBreakNaiveQuickselect() {
        int n = 200_001;
        Random random = new Random(42);
        double[] ascending = new double[n];
        double[] descending = new double[n];
        double[] fewDistinct = new double[n];
        double[] organPipe = new double[n];
        for (int i = 0; i < n; i++) {
            ascending[i] = i * 1e-3;
            descending[i] = (n - i) * 1e-3;
            fewDistinct[i] = random.nextInt(3);
            organPipe[i] = Math.min(i, n - i);
        }
        agreesWithSorting(ascending, QUANTILES);
        agreesWithSorting(descending, QUANTILES);
        agreesWithSorting(fewDistinct, QUANTILES);
        agreesWithSorting(organPipe, QUANTILES);
        agreesWithSorting(new double[n], QUANTILES);
    }

    @Property(tries = 300)
    void matchesTheSortedDefinition(@ForAll @Size(min = 1, max = 400) double[] values,
                                    @ForAll @DoubleRange(min = 0, max = 1) double q1,
                                    @ForAll @DoubleRange(min = 0, max = 1) double q2) {
        agreesWithSorting(values, Math.min(q1, q2), Math.max(q1, q2));
    }

    @Property(tries = 50)
    void matchesOnLargeRandomSamples(@ForAll @IntRange(min = 1, max = 50_000) int n, @ForAll long seed) {
        Random random = new Random(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextInt(10) == 0 ? 0.05 : Math.exp(random.nextGaussian());
        }
        agreesWithSorting(values, QUANTILES);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> Percentiles.linear(new double[0], 0.5))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sample size");
        assertThatThrownBy(() -> Percentiles.linear(new double[] {1, 2}, 0.9, 0.5))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quantile").hasMessageContaining("0.5");
        assertThatThrownBy(() -> Percentiles.linear(new double[] {1, 2}, 1.5))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1.5");
    }
}
