package io.bellwether.domain;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The shadow evidence against values worked out by hand (and the Wilcoxon p against published ones). */
class ShadowEvidenceTest {

    /** 8 of 10: p = 0.8, z² = 3.8415, centre 0.99207 / 1.38415 = 0.71674, half 1.41600 · √0.0256037 = 0.22658. */
    @Test
    void wilsonIntervalOfEightInTen() {
        Interval interval = Interval.wilson(8, 10);
        assertThat(interval.lower()).isCloseTo(0.49016, within(1e-5));
        assertThat(interval.upper()).isCloseTo(0.94332, within(1e-5));
    }

    /** 0 of 10: the lower end is 0 and the upper z²/n / (1 + z²/n) = 0.38415 / 1.38415; n of n mirrors it. */
    @Test
    void wilsonIntervalAtTheEdgesStaysWithinZeroAndOne() {
        assertThat(Interval.wilson(0, 10).lower()).isZero();
        assertThat(Interval.wilson(0, 10).upper()).isCloseTo(0.27753, within(1e-5));
        assertThat(Interval.wilson(10, 10).lower()).isCloseTo(1 - 0.27753, within(1e-5));
        assertThat(Interval.wilson(10, 10).upper()).isEqualTo(1.0);
    }

    /**
     * Ranks of the 95 % order-statistic intervals, from the binomial sums: median of 10 (P(B ≤ 1) = 11/1024,
     * P(B ≤ 2) = 56/1024) gives ranks 2 and 9; of 6, 1 and 6 (1/64 ≤ 2.5 %); of 5 none (1/32 > 2.5 %). The p95
     * of 100 gives 90 and 100; of 72, 64 and 72; of 71 none (0.95^71 = 2.6 % > 2.5 %).
     */
    @Test
    void orderStatisticRanksMatchTheBinomialSums() {
        assertThat(OrderStatistics.ranks(10, 0.5)).containsExactly(2, 9);
        assertThat(OrderStatistics.ranks(6, 0.5)).containsExactly(1, 6);
        assertThat(OrderStatistics.ranks(5, 0.5)).isNull();
        assertThat(OrderStatistics.ranks(100, 0.95)).containsExactly(90, 100);
        assertThat(OrderStatistics.ranks(72, 0.95)).containsExactly(64, 72);
        assertThat(OrderStatistics.ranks(71, 0.95)).isNull();
        assertThat(ShadowEvidence.MEDIAN_MINIMUM).isEqualTo(6);
        assertThat(ShadowEvidence.P95_MINIMUM).isEqualTo(72);
    }

    /** Differences 1..10 s in shuffled order: median 5.5, interval [d(2), d(9)] = [2, 9]; all positive: exact p = 2/2^10. */
    @Test
    void medianDifferenceWithItsIntervalAndTheExactWilcoxonP() {
        double[] primary = new double[10];
        double[] shadow = {5, 1, 9, 3, 7, 2, 8, 4, 10, 6};
        boolean[] agreed = {true, true, true, true, true, true, true, true, false, false};
        double[] shadowBefore = shadow.clone();

        ShadowEvidence evidence = ShadowEvidence.of(primary, shadow, agreed, 10);

        assertThat(evidence.medianDifference()).isEqualTo(5.5);
        assertThat(evidence.medianInterval()).isEqualTo(new Interval(2, 9));
        assertThat(evidence.wilcoxonP()).isCloseTo(2.0 / 1024, within(1e-12));
        assertThat(evidence.agreements()).isEqualTo(8);
        assertThat(evidence.agreement()).isEqualTo(Interval.wilson(8, 10));
        assertThat(shadow).as("the columns are left as they are").containsExactly(shadowBefore);
    }

    /** Hand: [1, 2, 3] all positive, W− = 0, 1 pattern of 8 each side: p = 0.25; Cureton's plant heights: p = 0.0412598 (scipy, R). */
    @Test
    void wilcoxonPMatchesHandAndPublishedValues() {
        assertThat(ShadowEvidence.of(new double[3], new double[] {1, 2, 3}, new boolean[3], 3).wilcoxonP())
                .isCloseTo(0.25, within(1e-12));
        double[] cureton = {6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75};
        assertThat(ShadowEvidence.of(new double[15], cureton, new boolean[15], 15).wilcoxonP())
                .isCloseTo(0.041259765625, within(1e-9));
    }

    /** Primary 1..100 ms: p95 (numpy linear) 95.05 ms in [x(90), x(100)] = [90, 100] ms, so 5.05 ms can be told apart. */
    @Test
    void smallestDetectableP95ChangeFromTheIntervalOfTheP95() {
        double[] primary = new double[100];
        for (int i = 0; i < 100; i++) {
            primary[i] = (100 - i) / 1000.0;
        }
        ShadowEvidence evidence = ShadowEvidence.of(primary, primary.clone(), new boolean[100], 100);

        assertThat(evidence.primaryP95()).isCloseTo(0.09505, within(1e-12));
        assertThat(evidence.p95Interval().lower()).isCloseTo(0.090, within(1e-12));
        assertThat(evidence.p95Interval().upper()).isCloseTo(0.100, within(1e-12));
        assertThat(evidence.detectableP95Change()).isCloseTo(0.00505, within(1e-12));
        assertThat(evidence.detectableP95Ratio()).isCloseTo(5.05 / 95.05, within(1e-12));
        assertThat(evidence.wilcoxonP()).as("every difference is zero: nothing to rank").isNull();
        assertThat(ShadowEvidenceText.enoughData(evidence, 1.2))
                .isEqualTo("yes: the smallest detectable p95 change is 5.05 ms (5.31% of the primary's p95); the guide allows +20.00%");
        assertThat(ShadowEvidenceText.enoughData(evidence, 1.05)).startsWith("no: ");
    }

    /** Above WILCOXON_MAX pairs the test ranks an evenly strided subset, and the text says so. */
    @Test
    void theWilcoxonTestOfALargeSampleRanksABoundedEvenlySpacedSubset() {
        int n = ShadowEvidence.WILCOXON_MAX + 50_000;
        double[] primary = new double[n];
        double[] shadow = new double[n];
        for (int i = 0; i < n; i++) {
            primary[i] = 0.030 + (i % 97) * 1e-4;
            shadow[i] = primary[i] + (i % 2 == 0 ? 2e-3 : -1e-3);
        }
        ShadowEvidence evidence = ShadowEvidence.of(primary, shadow, new boolean[n], n);

        assertThat(evidence.wilcoxonPairs()).isEqualTo(ShadowEvidence.WILCOXON_MAX);
        assertThat(ShadowEvidence.strided(new double[] {0, 1, 2, 3, 4, 5}, 3)).containsExactly(0, 2, 4);
        assertThat(ShadowEvidenceText.wilcoxon(evidence)).isEqualTo("p < 0.0001: the latencies differ (on 100,000 evenly spaced pairs)");
    }

    @Test
    void noComparisonsSayNotEnoughDataEverywhereAndNeverNaN() {
        ShadowEvidence none = ShadowEvidence.of(new double[0], new double[0], new boolean[0], 0);
        assertThat(none).isEqualTo(ShadowEvidence.NONE);
        List<ShadowEvidenceText.Figure> figures = ShadowEvidenceText.figures(none, 1.2);
        assertThat(figures).hasSize(4).allSatisfy(f -> assertThat(f.text()).startsWith(ShadowEvidenceText.NOT_ENOUGH)
                .doesNotContainIgnoringCase("nan"));
    }

    @Test
    void oneComparisonHasAnAgreementIntervalButNoOtherInterval() {
        ShadowEvidence one = ShadowEvidence.of(new double[] {0.030}, new double[] {0.032}, new boolean[] {true}, 1);
        List<String> texts = ShadowEvidenceText.figures(one, 1.2).stream().map(ShadowEvidenceText.Figure::text).toList();

        assertThat(texts.get(0)).isEqualTo("100.00% (95 % Wilson interval 20.65% – 100.00%; 1 of 1)");
        assertThat(texts.get(1)).isEqualTo("+2.00 ms shadow − primary (not enough data for an interval (needs 6 comparisons))");
        assertThat(texts.get(2)).isEqualTo("p = 1.0000: no clear latency difference");
        assertThat(texts.get(3)).isEqualTo("not enough data: a p95 interval needs 72 comparisons (has 1)");
        assertThat(String.join(" ", texts)).doesNotContainIgnoringCase("nan");
    }

    @Test
    void textsOfTheMedianAndTheWilcoxonP() {
        ShadowEvidence evidence = ShadowEvidence.of(new double[10], new double[] {5, 1, 9, 3, 7, 2, 8, 4, 10, 6},
                new boolean[10], 10);
        assertThat(ShadowEvidenceText.medianDifference(evidence))
                .isEqualTo("+5500.00 ms shadow − primary (95 % interval +2000.00 ms to +9000.00 ms)");
        assertThat(ShadowEvidenceText.wilcoxon(evidence)).isEqualTo("p = 0.0020: the latencies differ");
        double[] noisy = new double[60];
        Arrays.setAll(noisy, i -> (i % 2 == 0 ? 1 : -1) * (i + 1) * 1e-4);
        assertThat(ShadowEvidenceText.wilcoxon(ShadowEvidence.of(new double[60], noisy, new boolean[60], 60)))
                .endsWith(": no clear latency difference");
    }
}
