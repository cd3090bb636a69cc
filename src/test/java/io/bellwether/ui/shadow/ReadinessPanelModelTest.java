package io.bellwether.ui.shadow;

import io.bellwether.domain.ShadowReport;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class ReadinessPanelModelTest {

    /** 100 requests, 97 agreeing; shadow p95 1.1 × the primary's. */
    private static ShadowReport report() {
        double[] primary = new double[100];
        double[] shadow = new double[100];
        for (int i = 0; i < 100; i++) {
            primary[i] = 0.010 + i * 0.0001;
            shadow[i] = primary[i] * 1.1;
        }
        return ShadowReport.compute(primary, shadow, 97);
    }

    @Test
    void guideCriteriaPassAndTheVerdictNamesBothMeasuredValues() {
        ReadinessPanelModel model = new ReadinessPanelModel();
        model.judge(report());

        assertThat(model.verdictProperty().get().ready()).isTrue();
        assertThat(model.verdictProperty().get().headline()).isEqualTo("READY for promotion");
        assertThat(model.verdictProperty().get().agreement()).isEqualTo("✓ Agreement 97.00% must be above 95.00%");
        assertThat(model.verdictProperty().get().latency()).startsWith("✓ Shadow P95 ").contains("must be below 1.20 × primary P95")
                .endsWith("(ratio 1.10)");
    }

    @Test
    void changingEitherCriterionRejudgesTheSameReport() {
        ReadinessPanelModel model = new ReadinessPanelModel();
        model.judge(report());

        model.minAgreementRateProperty().set(0.97);
        assertThat(model.verdictProperty().get().ready()).isFalse();
        assertThat(model.verdictProperty().get().agreement()).isEqualTo("✗ Agreement 97.00% must be above 97.00%");

        model.minAgreementRateProperty().set(0.9);
        model.maxP95RatioProperty().set(1.05);
        assertThat(model.verdictProperty().get().ready()).isFalse();
        assertThat(model.verdictProperty().get().latency()).startsWith("✗ Shadow P95");
        assertThat(model.verdictProperty().get().headline()).isEqualTo("NOT READY for promotion");
    }

    @Test
    void anEmptyReportIsNotReadyAndNoReportIsNoVerdict() {
        ReadinessPanelModel model = new ReadinessPanelModel();
        assertThat(model.verdictProperty().get().ready()).isNull();

        model.judge(ShadowReport.compute(new double[0], new double[0], 0));
        assertThat(model.verdictProperty().get().ready()).isFalse();
        assertThat(model.verdictProperty().get().headline()).isEqualTo("NOT READY: no comparisons recorded");
    }

    @Test
    void criteriaTheEngineRefusesAreReportedNotThrown() {
        ReadinessPanelModel model = new ReadinessPanelModel();
        model.judge(report());

        model.maxP95RatioProperty().set(0);

        assertThat(model.verdictProperty().get().ready()).isNull();
        assertThat(model.verdictProperty().get().headline()).startsWith("Criteria refused: max_p95_ratio");
    }
}
