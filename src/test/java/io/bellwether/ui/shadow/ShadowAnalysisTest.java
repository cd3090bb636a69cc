package io.bellwether.ui.shadow;

import io.bellwether.domain.ShadowComparisonColumns;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShadowAnalysisTest {

    @Test
    void agreementIsBucketedOverTheTimeRangeAsPercent() {
        // 240 requests over 240 s: the first half all agree, the second half agree every other request.
        int n = 240;
        double[] times = new double[n];
        boolean[] agree = new boolean[n];
        for (int i = 0; i < n; i++) {
            times[i] = 1_000 + i;
            agree[i] = i < 120 || i % 2 == 0;
        }
        ShadowComparisonColumns samples = new ShadowComparisonColumns(times, new double[n], new double[n], agree);

        ShadowAnalysis.Series series = ShadowAnalysis.agreement(samples);

        assertThat(series.size()).isEqualTo(ShadowAnalysis.TIME_BUCKETS);
        assertThat(series.y()[0]).isEqualTo(100.0);
        assertThat(series.y()[series.size() - 1]).isEqualTo(50.0);
        assertThat(series.x()[0]).isGreaterThan(1_000).isLessThan(1_002);
    }

    @Test
    void requestsAtOneInstantMakeOneBucket() {
        ShadowComparisonColumns samples = new ShadowComparisonColumns(new double[] {5, 5, 5}, new double[3], new double[3],
                new boolean[] {true, false, true});

        ShadowAnalysis.Series series = ShadowAnalysis.agreement(samples);

        assertThat(series.x()).containsExactly(5.5);
        assertThat(series.y()[0]).isCloseTo(66.667, within(0.001));
    }

    @Test
    void histogramsCountEachModelOnSharedBinsAndReportWhatIsCutOff() {
        double[] primary = {0.001, 0.011, 0.012, 0.5};
        double[] shadow = {0.001, 0.001, 0.079, 0.079};
        ShadowComparisonColumns samples = new ShadowComparisonColumns(new double[4], primary, shadow, new boolean[4]);

        ShadowAnalysis analysis = ShadowAnalysis.of(samples, 0.08);

        double width = 0.08 / ShadowAnalysis.HISTOGRAM_BINS;
        assertThat(analysis.primaryHistogram().x()[0]).isCloseTo(width / 2, within(1e-12));
        assertThat(analysis.primaryHistogram().y()[1]).isEqualTo(1);
        assertThat(analysis.primaryHistogram().y()[11]).isEqualTo(1);
        assertThat(analysis.primaryHistogram().y()[12]).isEqualTo(1);
        assertThat(analysis.shadowHistogram().y()[1]).isEqualTo(2);
        assertThat(analysis.shadowHistogram().y()[ShadowAnalysis.HISTOGRAM_BINS - 1]).isEqualTo(2);
        assertThat(sum(analysis.primaryHistogram().y())).isEqualTo(3);
        assertThat(analysis.slowerThanHistogram()).isEqualTo(1);
    }

    @Test
    void scatterKeepsEveryPairWhenFewAndAnEvenSubsetWhenMany() {
        int n = ShadowAnalysis.SCATTER_POINTS * 4;
        double[] primary = new double[n];
        double[] shadow = new double[n];
        for (int i = 0; i < n; i++) {
            primary[i] = i;
            shadow[i] = 2.0 * i;
        }
        ShadowAnalysis.Series many = ShadowAnalysis.scatter(new ShadowComparisonColumns(new double[n], primary, shadow, new boolean[n]));
        ShadowAnalysis.Series few = ShadowAnalysis.scatter(new ShadowComparisonColumns(new double[3],
                java.util.Arrays.copyOf(primary, 3), java.util.Arrays.copyOf(shadow, 3), new boolean[3]));

        assertThat(many.size()).isEqualTo(ShadowAnalysis.SCATTER_POINTS);
        assertThat(many.x()[1]).isEqualTo(4.0);
        assertThat(many.y()[1]).isEqualTo(8.0);
        assertThat(few.x()).containsExactly(0, 1, 2);
    }

    @Test
    void scatterIsOrderedByPrimaryLatencyKeepingEachPair() {
        double[] primary = {0.3, 0.1, 0.2};
        double[] shadow = {3, 1, 2};
        ShadowAnalysis.Series series = ShadowAnalysis.scatter(new ShadowComparisonColumns(new double[3], primary, shadow, new boolean[3]));

        assertThat(series.x()).containsExactly(0.1, 0.2, 0.3);
        assertThat(series.y()).containsExactly(1, 2, 3);
    }

    @Test
    void noSamplesGiveEmptySeries() {
        ShadowAnalysis analysis = ShadowAnalysis.of(new ShadowComparisonColumns(new double[0], new double[0], new double[0],
                new boolean[0]), 0);

        assertThat(analysis.agreementOverTime().size()).isZero();
        assertThat(analysis.scatter().size()).isZero();
        assertThat(sum(analysis.primaryHistogram().y())).isZero();
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
