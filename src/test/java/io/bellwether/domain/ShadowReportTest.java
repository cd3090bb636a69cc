package io.bellwether.domain;

import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShadowReportTest {

    @Test
    void emptyInputGivesTheReferencesZeroDifference() {
        ShadowReport report = ShadowReport.compute(new double[0], new double[0], 0);
        assertThat(report.totalRequests()).isZero();
        assertThat(report.agreementRate()).isEqualTo(0.0);
        assertThat(report.primaryLatency()).isNull();
        assertThat(report.shadowLatency()).isNull();
        assertThat(report.averageLatencyDiff()).isEqualTo(0.0);
        assertThat(report.isEmpty()).isTrue();
        assertThat(new ShadowReportBuilder().build()).isEqualTo(report);
    }

    @Test
    void smallReportByHand() {
        ShadowReport report = ShadowReport.compute(new double[] {0.4, 0.1, 0.2, 0.3}, new double[] {0.5, 0.5, 0.5, 0.9}, 3);
        assertThat(report.totalRequests()).isEqualTo(4);
        assertThat(report.agreementRate()).isEqualTo(0.75);
        assertThat(report.primaryLatency().mean()).isCloseTo(0.25, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(report.primaryLatency().p50()).isCloseTo(0.25, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(report.shadowLatency().p50()).isEqualTo(0.5);
        assertThat(report.shadowLatency().mean()).isCloseTo(0.6, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(report.averageLatencyDiff())
                .isEqualTo(report.shadowLatency().mean() - report.primaryLatency().mean());
    }

    @Test
    void theMeanIsCompensated() {
        // 1 followed by a million values of 1e-16: a plain running sum loses all of them.
        int n = 1_000_001;
        double[] values = new double[n];
        values[0] = 1;
        java.util.Arrays.fill(values, 1, n, 1e-16);
        ShadowReport report = ShadowReport.compute(values, values.clone(), 0);
        assertThat(report.primaryLatency().mean()).isEqualTo((1 + 1e-10) / n);
    }

    @Test
    void aMeanThatOverflowsIsInfiniteAsNumpysNeverNaN() {
        // numpy: np.mean([1e308, 1e308]) == inf (the sum overflows); Java's compensation would make it NaN.
        ShadowReport report = ShadowReport.compute(new double[] {0.1, 0.2}, new double[] {1e308, 1e308}, 2);
        assertThat(report.shadowLatency().mean()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(report.primaryLatency().mean()).isCloseTo(0.15, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(report.averageLatencyDiff()).isEqualTo(Double.POSITIVE_INFINITY);

        ShadowReport both = ShadowReport.compute(new double[] {1e308, 1e308}, new double[] {1e308, 1e308}, 2);
        assertThat(both.primaryLatency().mean()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(both.shadowLatency().mean()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(both.averageLatencyDiff()).isNotNaN().isEqualTo(0.0);
    }

    @Test
    void builderCollectsAndGrows() {
        ShadowReportBuilder builder = new ShadowReportBuilder(1);
        Random random = new Random(7);
        double[] primary = new double[5000];
        double[] shadow = new double[5000];
        long agreements = 0;
        for (int i = 0; i < primary.length; i++) {
            primary[i] = random.nextDouble();
            shadow[i] = random.nextDouble();
            boolean agree = random.nextBoolean();
            agreements += agree ? 1 : 0;
            builder.add(primary[i], shadow[i], agree);
        }
        assertThat(builder.size()).isEqualTo(5000);
        assertThat(builder.build()).isEqualTo(ShadowReport.compute(primary, shadow, agreements));
        builder.add(0.5, 0.5, true);
        assertThat(builder.build().totalRequests()).isEqualTo(5001);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ShadowReport.compute(new double[2], new double[3], 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("shadow_latency count").hasMessageContaining("3");
        assertThatThrownBy(() -> ShadowReport.compute(new double[2], new double[2], 3))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("agreements").hasMessageContaining("3");
        assertThatThrownBy(() -> ShadowReport.compute(new double[] {0.1, Double.NaN}, new double[2], 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("primary_latency[1]").hasMessageContaining("NaN");
        assertThatThrownBy(() -> ShadowReport.compute(new double[2], new double[] {-1, 0}, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("shadow_latency[0]").hasMessageContaining("-1.0");
    }
}
