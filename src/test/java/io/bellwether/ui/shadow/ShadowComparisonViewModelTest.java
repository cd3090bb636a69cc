package io.bellwether.ui.shadow;

import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.ReadinessCriteria;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowEvidence;
import io.bellwether.domain.ShadowEvidenceText;
import io.bellwether.domain.ShadowReport;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.views.ScreenFixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class ShadowComparisonViewModelTest {
    static final int COMPARISONS = 20_000;
    @TempDir
    static Path directory;
    static ScreenFixtures fixtures;
    static Workspace service;

    @BeforeAll
    static void fill() {
        fixtures = ScreenFixtures.busy(directory, COMPARISONS);
        service = fixtures.workspace;
    }

    @AfterAll
    static void close() {
        fixtures.workspace.close();
    }

    private ShadowComparisonViewModel model() {
        return new ShadowComparisonViewModel(service, new InlineTaskExecutor());
    }

    @Test
    void showsTheReportsPercentilesSideBySideAndFillsEveryChart() {
        ShadowComparisonViewModel model = model();
        model.show(fixtures.shadowId);

        ShadowReport report = service.shadows().compareShadowDeployment(fixtures.shadowId);
        assertThat(model.selectedProperty().get().shadowId()).isEqualTo(fixtures.shadowId);
        assertThat(model.latencies()).extracting(LatencyRow::statistic).containsExactly("mean", "p50", "p95", "p99");
        assertThat(model.latencies().get(2).primary()).isEqualTo(report.primaryLatency().p95());
        assertThat(model.latencies().get(2).shadow()).isEqualTo(report.shadowLatency().p95());
        assertThat(model.summaryProperty().get()).startsWith("20,000 comparisons");
        assertThat(model.charts().agreementOverTime().getDataCount()).isEqualTo(ShadowAnalysis.TIME_BUCKETS);
        assertThat(model.charts().scatter().getDataCount()).isEqualTo(COMPARISONS);
        assertThat(model.charts().primaryHistogram().getDataCount()).isEqualTo(ShadowAnalysis.HISTOGRAM_BINS);
        double drawn = 0;
        for (int i = 0; i < ShadowAnalysis.HISTOGRAM_BINS; i++) {
            drawn += model.charts().primaryHistogram().get(1, i) + model.charts().shadowHistogram().get(1, i);
        }
        assertThat(model.status().messageProperty().get()).contains(String.format("(%,d slower not drawn)", 2 * COMPARISONS - (long) drawn));
    }

    @Test
    void verdictUsesTheEnginesCriteriaAndFollowsTheSettings() {
        ShadowComparisonViewModel model = model();
        model.show(fixtures.shadowId);
        ShadowReport report = service.shadows().compareShadowDeployment(fixtures.shadowId);
        ReadinessPanelModel readiness = model.readiness();

        boolean expected = ReadinessCriteria.DEFAULTS.judge(report).ready();
        assertThat(readiness.verdictProperty().get().ready()).isEqualTo(expected);

        readiness.minAgreementRateProperty().set(0.999);
        assertThat(readiness.verdictProperty().get().ready()).isFalse();
        assertThat(readiness.verdictProperty().get().agreement()).startsWith("✗").contains("99.90%");

        readiness.minAgreementRateProperty().set(0.5);
        readiness.maxP95RatioProperty().set(3.0);
        assertThat(readiness.verdictProperty().get().ready()).isTrue();
        assertThat(readiness.verdictProperty().get().headline()).isEqualTo("READY for promotion");
    }

    @Test
    void theEvidenceOfTheStoredComparisonsIsShownBesideTheVerdictAndFollowsTheLatencyLimit() {
        ShadowComparisonViewModel model = model();
        model.show(fixtures.shadowId);
        ShadowEvidence expected = ShadowEvidence.of(service.queries().shadowComparisonColumns(fixtures.shadowId));

        assertThat(model.evidence().figures()).containsExactlyElementsOf(ShadowEvidenceText.figures(expected, 1.2));
        assertThat(expected.comparisons()).isEqualTo(COMPARISONS);
        assertThat(model.evidence().figures().get(3).text()).endsWith("the guide allows +20.00%");

        model.readiness().maxP95RatioProperty().set(3.0);

        assertThat(model.evidence().figures().get(3).text()).endsWith("the guide allows +200.00%");
    }

    @Test
    void aDeploymentIdThatIsNotAShadowKeepsTheCurrentSelection() {
        ShadowComparisonViewModel model = model();
        model.show(fixtures.shadowId);
        model.show(fixtures.liveCanaryId);

        assertThat(model.selectedProperty().get().shadowId()).isEqualTo(fixtures.shadowId);
        assertThat(model.latencies()).hasSize(4);
    }

    @Test
    void refreshRereadsTheComparisonsOnlyWhenMoreWereRecorded() {
        String id = service.shadows().shadowDeploy("fraud_detector:v2.0.0", "fraud_detector:v2.1.0", 100.0, Operators.systemUser()).shadowId();
        service.shadows().recordShadowComparisons(id, List.of(ShadowComparison.of(Instant.now(), 0.03, 0.031, true)), Operators.systemUser());
        AtomicInteger loads = new AtomicInteger();
        ShadowComparisonViewModel model = new ShadowComparisonViewModel(service, new InlineTaskExecutor(), shadowId -> {
            loads.incrementAndGet();
            return service.shadows().compareWithEvidence(shadowId);
        });
        model.show(id);
        model.refresh();
        assertThat(loads).hasValue(1);

        service.shadows().recordShadowComparisons(id, List.of(ShadowComparison.of(Instant.now(), 0.03, 0.05, false)), Operators.systemUser());
        model.refresh();

        assertThat(loads).hasValue(2);
        assertThat(model.summaryProperty().get()).startsWith("2 comparisons · agreement 50.00%");
    }

    @Test
    void aShadowWithoutComparisonsShowsAnEmptyStateAndIsNotReady() {
        String empty = service.shadows().shadowDeploy("fraud_detector:v2.0.0", "fraud_detector:v3.0.0", 10.0, Operators.systemUser()).shadowId();
        ShadowComparisonViewModel model = model();
        model.show(empty);

        assertThat(model.emptyMessageProperty().get()).isEqualTo(empty + " has no recorded comparisons yet");
        assertThat(model.latencies()).isEmpty();
        assertThat(model.readiness().verdictProperty().get().ready()).isFalse();
        assertThat(model.evidence().figures()).hasSize(4).allSatisfy(figure ->
                assertThat(figure.text()).startsWith(ShadowEvidenceText.NOT_ENOUGH));
    }
}
