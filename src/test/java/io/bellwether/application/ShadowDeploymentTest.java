package io.bellwether.application;

import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.Operators;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ShadowDeploymentTest extends WorkspaceTestBase {

    @Test
    void shadowDeployStoresAndAuditsWithAGuideStyleId() {
        ShadowDeployment shadow = service.shadows().shadowDeploy("fraud_detector:v1.0.0", "fraud_detector:v2.0.0", 100.0, Operators.systemUser());
        ShadowDeployment again = service.shadows().shadowDeploy("fraud_detector:v1.0.0", "fraud_detector:v3.0.0", 25.0, Operators.systemUser());
        reopen();

        assertThat(shadow.shadowId()).isEqualTo("shadow_20260314_092653");
        assertThat(again.shadowId()).isEqualTo("shadow_20260314_092653_2");
        assertThat(service.queries().getShadowDeployment(shadow.shadowId())).isEqualTo(shadow);
        assertThat(service.queries().listShadowDeployments()).containsExactly(again, shadow);
        AuditEvent event = eventsOf(EventType.SHADOW_DEPLOYMENT_CREATED).get(0);
        assertThat(event.resourceId()).isEqualTo(shadow.shadowId());
        assertThat(event.details()).containsEntry("shadow_model", "fraud_detector:v2.0.0");
    }

    @Test
    void shadowDeployRefusesBadTrafficNamingIt() {
        assertThatThrownBy(() -> service.shadows().shadowDeploy("a:1", "a:2", 0, Operators.systemUser()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("traffic_percentage");
        assertThatThrownBy(() -> service.shadows().shadowDeploy("a:1", "", 50, Operators.systemUser()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("shadow_model");
        assertThat(service.queries().listShadowDeployments()).isEmpty();
        assertThat(events()).isEmpty();
    }

    @Test
    void singleComparisonsKeepResultsAsJsonAndAreNotAudited() {
        String id = service.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        int before = events().size();
        service.shadows().recordShadowComparison(id, Map.of("label", "fraud", "score", 0.91), "fraud", 0.031, 0.029, false);
        tick();
        service.shadows().recordShadowComparison(id, null, null, 0.040, 0.050, true);

        List<ShadowComparison> stored = service.queries().shadowComparisons(id, null, null);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).primaryResultJson()).isEqualTo("{\"label\":\"fraud\",\"score\":0.91}");
        assertThat(stored.get(0).shadowResultJson()).isEqualTo("\"fraud\"");
        assertThat(stored.get(0).primaryLatency()).isEqualTo(0.031);
        assertThat(stored.get(0).agreement()).isFalse();
        assertThat(stored.get(1).primaryResultJson()).isNull();
        assertThat(service.queries().shadowComparisonCount(id)).isEqualTo(2);
        assertThat(events()).hasSize(before);
    }

    @Test
    void singleComparisonRefusesNegativeLatency() {
        String id = service.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        assertThatThrownBy(() -> service.shadows().recordShadowComparison(id, 1, 1, -0.1, 0.1, true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("primary_latency");
        assertThat(service.queries().shadowComparisonCount(id)).isZero();
    }

    @Test
    void batchLandsWholeWithOneAuditEvent() {
        String id = service.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        List<ShadowComparison> batch = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            batch.add(ShadowComparison.of(Instant.parse("2026-03-14T10:00:00Z").plusSeconds(i), 0.01 + i * 1e-6,
                    0.02, i % 4 != 0));
        }
        service.shadows().recordShadowComparisons(id, batch, Operators.systemUser());

        assertThat(service.queries().shadowComparisonCount(id)).isEqualTo(2_500);
        List<AuditEvent> recorded = eventsOf(EventType.SHADOW_COMPARISONS_RECORDED);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).details()).containsEntry("count", 2_500).containsEntry("agreements", 1_875);
        assertThat(service.queries().shadowComparisons(id, Instant.parse("2026-03-14T10:00:10Z"),
                Instant.parse("2026-03-14T10:00:19Z"))).hasSize(10)
                .first().extracting(ShadowComparison::primaryLatency).isEqualTo(0.01 + 10 * 1e-6);
    }

    @Test
    void batchThatFailsPartWayLandsNothing() {
        String id = service.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        int before = events().size();
        List<ShadowComparison> batch = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            batch.add(ShadowComparison.of(Instant.parse("2026-03-14T10:00:00Z"), 0.01, 0.02, true));
        }
        batch.add(null);

        assertThatThrownBy(() -> ShadowComparison.of(Instant.MAX, 0.01, 0.02, true))
                .hasMessageContaining("timestamp must be within the years 1 to 9999");
        assertThatThrownBy(() -> service.shadows().recordShadowComparisons(id, batch, Operators.systemUser())).isInstanceOf(RuntimeException.class);
        assertThat(service.queries().shadowComparisonCount(id)).isZero();
        assertThat(events()).hasSize(before);
    }

    @Test
    void emptyBatchWritesNothingAndNullBatchIsRefused() {
        String id = service.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        int before = events().size();
        service.shadows().recordShadowComparisons(id, List.of(), Operators.systemUser());
        assertThat(events()).hasSize(before);
        assertThatThrownBy(() -> service.shadows().recordShadowComparisons(id, null, Operators.systemUser()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("comparisons");
    }

    @Test
    void comparisonsOfInterleavedShadowsStayApart() {
        String first = service.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        String second = service.shadows().shadowDeploy("m:1", "m:3", 100, Operators.systemUser()).shadowId();
        for (int i = 0; i < 5; i++) {
            tick();
            service.shadows().recordShadowComparison(first, "a" + i, "a" + i, 0.01 * (i + 1), 0.02, true);
            service.shadows().recordShadowComparisons(second, List.of(
                    ShadowComparison.of(clock.instant(), 0.5, 0.6, false),
                    ShadowComparison.of(clock.instant(), 0.7, 0.8, false)), Operators.systemUser());
        }
        reopen();

        assertThat(service.queries().shadowComparisonCount(first)).isEqualTo(5);
        assertThat(service.queries().shadowComparisonCount(second)).isEqualTo(10);
        assertThat(service.queries().shadowComparisons(first, null, null)).extracting(ShadowComparison::primaryResultJson)
                .containsExactly("\"a0\"", "\"a1\"", "\"a2\"", "\"a3\"", "\"a4\"");
        assertThat(service.queries().shadowComparisons(second, null, null)).allMatch(c -> !c.agreement())
                .allMatch(c -> c.primaryResultJson() == null).hasSize(10);
    }

    @Test
    void reportComesFromTheStoredColumnsOfThatShadowOnly() {
        String id = service.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        String other = service.shadows().shadowDeploy("m:1", "m:3", 100, Operators.systemUser()).shadowId();
        double[] primary = {0.3, 0.1, 0.5, 0.2, 0.4};
        for (int i = 0; i < primary.length; i++) {
            service.shadows().recordShadowComparison(id, null, null, primary[i], 0.2, i < 3);
            service.shadows().recordShadowComparison(other, null, null, 9.0, 9.0, false);
        }

        ShadowReport report = service.shadows().compareShadowDeployment(id);

        assertThat(report.totalRequests()).isEqualTo(5);
        assertThat(report.agreementRate()).isEqualTo(0.6);
        assertThat(report.primaryLatency().mean()).isCloseTo(0.3, within(1e-12));
        assertThat(report.primaryLatency().p50()).isCloseTo(0.3, within(1e-12));
        assertThat(report.primaryLatency().p95()).isCloseTo(0.48, within(1e-12));
        assertThat(report.primaryLatency().p99()).isCloseTo(0.496, within(1e-12));
        assertThat(report.shadowLatency().p99()).isCloseTo(0.2, within(1e-12));
        assertThat(report.averageLatencyDiff()).isCloseTo(-0.1, within(1e-12));
    }

    @Test
    void evidenceComesFromTheStoredPairsBesideTheSameReport() {
        String id = service.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        double[] primary = {0.3, 0.1, 0.5, 0.2, 0.4};
        for (int i = 0; i < primary.length; i++) {
            service.shadows().recordShadowComparison(id, null, null, primary[i], primary[i] + 0.01 * (i + 1), i < 4);
        }

        io.bellwether.application.port.in.ShadowFindings findings = service.shadows().compareWithEvidence(id);

        assertThat(findings.report()).isEqualTo(service.shadows().compareShadowDeployment(id));
        // Paired differences 0.01..0.05: median 0.03, all positive, exact two-sided p = 2 / 2^5.
        assertThat(findings.evidence().medianDifference()).isCloseTo(0.03, within(1e-12));
        assertThat(findings.evidence().wilcoxonP()).isCloseTo(0.0625, within(1e-12));
        assertThat(findings.evidence().agreements()).isEqualTo(4);
        assertThat(findings.evidence().medianInterval()).as("5 pairs are too few for a 95 % interval").isNull();
        assertThatThrownBy(() -> service.shadows().compareWithEvidence("shadow_nope"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void reportOfAShadowWithoutComparisonsIsEmpty() {
        String id = service.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();

        ShadowReport report = service.shadows().compareShadowDeployment(id);

        assertThat(report.totalRequests()).isZero();
        assertThat(report.agreementRate()).isZero();
        assertThat(report.primaryLatency()).isNull();
    }

    @Test
    void columnsHoldEveryComparisonOldestFirstEvenWhenBatchesArriveOutOfOrder() {
        String id = service.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        Instant start = Instant.parse("2026-03-14T10:00:00Z");
        service.shadows().recordShadowComparisons(id, List.of(
                ShadowComparison.of(start.plusSeconds(20), 0.3, 0.33, false),
                ShadowComparison.of(start.plusSeconds(30), 0.4, 0.44, true)), Operators.systemUser());
        service.shadows().recordShadowComparisons(id, List.of(
                ShadowComparison.of(start.plusMillis(10_500), 0.2, 0.22, true),
                ShadowComparison.of(start, 0.1, 0.11, true)), Operators.systemUser());

        ShadowComparisonColumns columns = service.queries().shadowComparisonColumns(id);

        assertThat(columns.epochSeconds()).containsExactly(start.getEpochSecond(), start.getEpochSecond() + 10.5,
                start.getEpochSecond() + 20, start.getEpochSecond() + 30);
        assertThat(columns.primaryLatency()).containsExactly(0.1, 0.2, 0.3, 0.4);
        assertThat(columns.shadowLatency()).containsExactly(0.11, 0.22, 0.33, 0.44);
        assertThat(columns.agreement()).containsExactly(true, true, false, true);
        assertThat(service.queries().shadowComparisonColumns(service.shadows().shadowDeploy("m:1", "m:3", 50, Operators.systemUser()).shadowId()).size()).isZero();
        assertThatThrownBy(() -> service.queries().shadowComparisonColumns("shadow_missing"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("shadow_missing");
    }

    @Test
    void oneReadGivesTheReportAndTheColumnsStillInTimeOrder() {
        String id = service.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        Instant start = Instant.parse("2026-03-14T10:00:00Z");
        service.shadows().recordShadowComparisons(id, List.of(
                ShadowComparison.of(start, 0.4, 0.5, true),
                ShadowComparison.of(start.plusSeconds(1), 0.1, 0.3, false),
                ShadowComparison.of(start.plusSeconds(2), 0.3, 0.2, true)), Operators.systemUser());

        var reading = service.shadows().compareWithEvidence(id);

        assertThat(reading.report()).isEqualTo(service.shadows().compareShadowDeployment(id));
        assertThat(reading.columns().primaryLatency()).containsExactly(0.4, 0.1, 0.3);
        assertThat(reading.columns().shadowLatency()).containsExactly(0.5, 0.3, 0.2);
        assertThat(reading.columns().agreements()).isEqualTo(2);
        assertThatThrownBy(() -> service.shadows().compareWithEvidence("shadow_missing"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("shadow_missing");
    }
}
