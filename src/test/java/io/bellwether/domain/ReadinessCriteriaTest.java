package io.bellwether.domain;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadinessCriteriaTest {

    static ShadowReport report(double agreementRate, double primaryP95, double shadowP95) {
        return new ShadowReport(1000, agreementRate, new LatencySummary(0.01, 0.01, primaryP95, primaryP95),
                new LatencySummary(0.01, 0.01, shadowP95, shadowP95), 0.0);
    }

    @Test
    void theGuidesDefaults() {
        assertThat(ReadinessCriteria.DEFAULTS).isEqualTo(new ReadinessCriteria(0.95, 1.2));
    }

    @Test
    void readyWhenBothCriteriaPass() {
        ShadowVerdict verdict = ReadinessCriteria.DEFAULTS.judge(report(0.96, 0.100, 0.110));
        assertThat(verdict.ready()).isTrue();
        assertThat(verdict.agreementPassed()).isTrue();
        assertThat(verdict.latencyPassed()).isTrue();
        assertThat(verdict.agreementRate()).isEqualTo(0.96);
        assertThat(verdict.minAgreementRate()).isEqualTo(0.95);
        assertThat(verdict.primaryP95()).isEqualTo(0.100);
        assertThat(verdict.shadowP95()).isEqualTo(0.110);
        assertThat(verdict.maxP95Ratio()).isEqualTo(1.2);
        assertThat(verdict.p95Ratio()).isEqualTo(0.110 / 0.100);
    }

    @Test
    void agreementMustBeStrictlyAbove() {
        ShadowVerdict verdict = ReadinessCriteria.DEFAULTS.judge(report(0.95, 0.100, 0.100));
        assertThat(verdict.agreementPassed()).isFalse();
        assertThat(verdict.latencyPassed()).isTrue();
        assertThat(verdict.ready()).isFalse();
    }

    @Test
    void shadowP95MustBeStrictlyBelowTheRatio() {
        // 0.25 * 1.2 == 0.3 exactly in binary floating point, so this is the boundary itself.
        assertThat(0.25 * 1.2).isEqualTo(0.3);
        ShadowVerdict atBoundary = ReadinessCriteria.DEFAULTS.judge(report(0.99, 0.25, 0.3));
        assertThat(atBoundary.latencyPassed()).isFalse();
        assertThat(atBoundary.ready()).isFalse();
        assertThat(ReadinessCriteria.DEFAULTS.judge(report(0.99, 0.25, 0.2999)).ready()).isTrue();
    }

    @Test
    void thresholdsAreSettings() {
        ReadinessCriteria lenient = new ReadinessCriteria(0.9, 1.5);
        ShadowReport report = report(0.92, 0.100, 0.140);
        assertThat(ReadinessCriteria.DEFAULTS.judge(report).ready()).isFalse();
        assertThat(lenient.judge(report).ready()).isTrue();
    }

    @Test
    void anEmptyReportIsNotReady() {
        ShadowVerdict verdict = ReadinessCriteria.DEFAULTS.judge(ShadowReport.EMPTY);
        assertThat(verdict.ready()).isFalse();
        assertThat(verdict.agreementPassed()).isFalse();
        assertThat(verdict.latencyPassed()).isFalse();
        assertThat(verdict.primaryP95()).isNaN();
    }

    @Test
    void badCriteriaAreRefused() {
        assertThatThrownBy(() -> new ReadinessCriteria(1.2, 1.2))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("min_agreement_rate").hasMessageContaining("1.2");
        assertThatThrownBy(() -> new ReadinessCriteria(0.9, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("max_p95_ratio").hasMessageContaining("0.0");
    }
}
