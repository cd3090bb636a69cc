package io.bellwether.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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

class ShadowDeploymentTest extends WorkspaceTestBase {

    @Test
    void shadowDeployStoresAndAuditsWithAGuideStyleId() {
        ShadowDeployment shadow = service.shadowDeploy("fraud_detector:v1.0.0", "fraud_detector:v2.0.0", 100.0);
        ShadowDeployment again = service.shadowDeploy("fraud_detector:v1.0.0", "fraud_detector:v3.0.0", 25.0);
        reopen();

        assertThat(shadow.shadowId()).isEqualTo("shadow_20260314_092653");
        assertThat(again.shadowId()).isEqualTo("shadow_20260314_092653_2");
        assertThat(service.getShadowDeployment(shadow.shadowId())).isEqualTo(shadow);
        assertThat(service.listShadowDeployments()).containsExactly(again, shadow);
        AuditEvent event = eventsOf(EventType.SHADOW_DEPLOYMENT_CREATED).get(0);
        assertThat(event.resourceId()).isEqualTo(shadow.shadowId());
        assertThat(event.details()).containsEntry("shadow_model", "fraud_detector:v2.0.0");
    }

    @Test
    void shadowDeployRefusesBadTrafficNamingIt() {
        assertThatThrownBy(() -> service.shadowDeploy("a:1", "a:2", 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("traffic_percentage");
        assertThatThrownBy(() -> service.shadowDeploy("a:1", "", 50))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("shadow_model");
        assertThat(service.listShadowDeployments()).isEmpty();
        assertThat(events()).isEmpty();
    }

    @Test
    void singleComparisonsKeepResultsAsJsonAndAreNotAudited() {
        String id = service.shadowDeploy("m:1", "m:2", 100).shadowId();
        int before = events().size();
        service.recordShadowComparison(id, Map.of("label", "fraud", "score", 0.91), "fraud", 0.031, 0.029, false);
        tick();
        service.recordShadowComparison(id, null, null, 0.040, 0.050, true);

        List<ShadowComparison> stored = service.shadowComparisons(id, null, null);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).primaryResultJson()).isEqualTo("{\"label\":\"fraud\",\"score\":0.91}");
        assertThat(stored.get(0).shadowResultJson()).isEqualTo("\"fraud\"");
        assertThat(stored.get(0).primaryLatency()).isEqualTo(0.031);
        assertThat(stored.get(0).agreement()).isFalse();
        assertThat(stored.get(1).primaryResultJson()).isNull();
        assertThat(service.shadowComparisonCount(id)).isEqualTo(2);
        assertThat(events()).hasSize(before);
    }

    @Test
    void singleComparisonRefusesNegativeLatency() {
        String id = service.shadowDeploy("m:1", "m:2", 100).shadowId();
        assertThatThrownBy(() -> service.recordShadowComparison(id, 1, 1, -0.1, 0.1, true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("primary_latency");
        assertThat(service.shadowComparisonCount(id)).isZero();
    }

    @Test
    void batchLandsWholeWithOneAuditEvent() {
        String id = service.shadowDeploy("m:1", "m:2", 100).shadowId();
        List<ShadowComparison> batch = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            batch.add(ShadowComparison.of(Instant.parse("2026-03-14T10:00:00Z").plusSeconds(i), 0.01 + i * 1e-6,
                    0.02, i % 4 != 0));
        }
        service.recordShadowComparisons(id, batch);

        assertThat(service.shadowComparisonCount(id)).isEqualTo(2_500);
        List<AuditEvent> recorded = eventsOf(EventType.SHADOW_COMPARISONS_RECORDED);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).details()).containsEntry("count", 2_500).containsEntry("agreements", 1_875);
        assertThat(service.shadowComparisons(id, Instant.parse("2026-03-14T10:00:10Z"),
                Instant.parse("2026-03-14T10:00:19Z"))).hasSize(10)
                .first().extracting(ShadowComparison::primaryLatency).isEqualTo(0.01 + 10 * 1e-6);
    }

    @Test
    void batchThatFailsPartWayLandsNothing() {
        String id = service.shadowDeploy("m:1", "m:2", 100).shadowId();
        int before = events().size();
        List<ShadowComparison> batch = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            batch.add(ShadowComparison.of(Instant.parse("2026-03-14T10:00:00Z"), 0.01, 0.02, true));
        }
        batch.add(ShadowComparison.of(Instant.MAX, 0.01, 0.02, true));

        assertThatThrownBy(() -> service.recordShadowComparisons(id, batch)).isInstanceOf(RuntimeException.class);
        assertThat(service.shadowComparisonCount(id)).isZero();
        assertThat(events()).hasSize(before);
    }

    @Test
    void emptyBatchWritesNothingAndNullBatchIsRefused() {
        String id = service.shadowDeploy("m:1", "m:2", 100).shadowId();
        int before = events().size();
        service.recordShadowComparisons(id, List.of());
        assertThat(events()).hasSize(before);
        assertThatThrownBy(() -> service.recordShadowComparisons(id, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("comparisons");
    }

    @Test
    void comparisonsOfInterleavedShadowsStayApart() {
        String first = service.shadowDeploy("m:1", "m:2", 100).shadowId();
        String second = service.shadowDeploy("m:1", "m:3", 100).shadowId();
        for (int i = 0; i < 5; i++) {
            tick();
            service.recordShadowComparison(first, "a" + i, "a" + i, 0.01 * (i + 1), 0.02, true);
            service.recordShadowComparisons(second, List.of(
                    ShadowComparison.of(clock.instant(), 0.5, 0.6, false),
                    ShadowComparison.of(clock.instant(), 0.7, 0.8, false)));
        }
        reopen();

        assertThat(service.shadowComparisonCount(first)).isEqualTo(5);
        assertThat(service.shadowComparisonCount(second)).isEqualTo(10);
        assertThat(service.shadowComparisons(first, null, null)).extracting(ShadowComparison::primaryResultJson)
                .containsExactly("\"a0\"", "\"a1\"", "\"a2\"", "\"a3\"", "\"a4\"");
        assertThat(service.shadowComparisons(second, null, null)).allMatch(c -> !c.agreement())
                .allMatch(c -> c.primaryResultJson() == null).hasSize(10);
    }

    @Test
    void reportComesFromTheStoredColumnsOfThatShadowOnly() {
        String id = service.shadowDeploy("m:1", "m:2", 100).shadowId();
        String other = service.shadowDeploy("m:1", "m:3", 100).shadowId();
        double[] primary = {0.3, 0.1, 0.5, 0.2, 0.4};
        for (int i = 0; i < primary.length; i++) {
            service.recordShadowComparison(id, null, null, primary[i], 0.2, i < 3);
            service.recordShadowComparison(other, null, null, 9.0, 9.0, false);
        }

        ShadowReport report = service.compareShadowDeployment(id);

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
    void reportOfAShadowWithoutComparisonsIsEmpty() {
        String id = service.shadowDeploy("m:1", "m:2", 100).shadowId();

        ShadowReport report = service.compareShadowDeployment(id);

        assertThat(report.totalRequests()).isZero();
        assertThat(report.agreementRate()).isZero();
        assertThat(report.primaryLatency()).isNull();
    }

    @Test
    void columnsHoldEveryComparisonOldestFirstEvenWhenBatchesArriveOutOfOrder() {
        String id = service.shadowDeploy("m:1", "m:2", 100).shadowId();
        Instant start = Instant.parse("2026-03-14T10:00:00Z");
        service.recordShadowComparisons(id, List.of(
                ShadowComparison.of(start.plusSeconds(20), 0.3, 0.33, false),
                ShadowComparison.of(start.plusSeconds(30), 0.4, 0.44, true)));
        service.recordShadowComparisons(id, List.of(
                ShadowComparison.of(start.plusMillis(10_500), 0.2, 0.22, true),
                ShadowComparison.of(start, 0.1, 0.11, true)));

        ShadowComparisonColumns columns = service.shadowComparisonColumns(id);

        assertThat(columns.epochSeconds()).containsExactly(start.getEpochSecond(), start.getEpochSecond() + 10.5,
                start.getEpochSecond() + 20, start.getEpochSecond() + 30);
        assertThat(columns.primaryLatency()).containsExactly(0.1, 0.2, 0.3, 0.4);
        assertThat(columns.shadowLatency()).containsExactly(0.11, 0.22, 0.33, 0.44);
        assertThat(columns.agreement()).containsExactly(true, true, false, true);
        assertThat(service.shadowComparisonColumns(service.shadowDeploy("m:1", "m:3", 50).shadowId()).size()).isZero();
        assertThatThrownBy(() -> service.shadowComparisonColumns("shadow_missing"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("shadow_missing");
    }
}
