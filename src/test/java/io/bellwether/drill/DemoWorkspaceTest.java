package io.bellwether.drill;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.application.port.in.ShadowReview;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.PromotionStatus;
import io.bellwether.domain.ReadinessCriteria;
import io.bellwether.domain.ShadowReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class DemoWorkspaceTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static ModelRegistry registry;
    private static DemoWorkspace.Summary summary;

    @BeforeAll
    static void build() {
        SimulatedClock clock = new SimulatedClock(NOW);
        DemoAccounts people = new DemoAccounts();
        workspace = Bellwether.openRecordOnly(dir.resolve("demo"), clock, people);
        registry = workspace.registry();
        long began = System.nanoTime();
        summary = new DemoWorkspace(workspace, clock, NOW, 7).withRegistry(registry, people)
                .build((fraction, step) -> { });
        System.out.println("demo workspace built in " + (System.nanoTime() - began) / 1_000_000 + " ms");
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private Deployment get(String id) {
        return workspace.queries().getDeployment(id);
    }

    @Test
    void holdsTheGuidesStoryWithEveryStateOfIt() {
        assertThat(get(summary.blueGreenId())).satisfies(d -> {
            assertThat(d.strategy()).isEqualTo(DeploymentStrategy.BLUE_GREEN);
            assertThat(d.status()).isEqualTo(DeploymentStatus.ACTIVE);
        });
        assertThat(get(summary.canaryId())).satisfies(d -> {
            assertThat(d.modelRef()).isEqualTo("fraud_detector:v2.0.0");
            assertThat(d.status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
            assertThat(((Number) d.metadata().get("current_stage")).intValue()).isEqualTo(1);
            assertThat(((Number) d.metadata().get("current_traffic")).doubleValue()).isEqualTo(0.10);
        });
        assertThat(get(summary.pendingId()).status()).isEqualTo(DeploymentStatus.PENDING);
    }

    @Test
    void theRolledBackCanaryWasRolledBackByTheEngineWithItsReasons() {
        Deployment d = get(summary.rolledBackCanaryId());
        assertThat(d.status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(d.rollbackTriggeredBy()).isEqualTo("automated");
        assertThat(summary.automatedRollback().reasons()).hasSize(4);
        assertThat(d.rollbackReason()).isEqualTo(String.join("; ", summary.automatedRollback().reasons()))
                .startsWith("Error rate 2.30% exceeds threshold 1.00%");
    }

    @Test
    void theShadowHasHundredsOfThousandsOfComparisonsAndIsReady() {
        assertThat(workspace.queries().shadowComparisonCount(summary.shadowId())).isEqualTo(DemoWorkspace.SHADOW_COMPARISONS);
        ShadowReport report = workspace.shadows().compareShadowDeployment(summary.shadowId());
        assertThat(report.agreementRate()).isBetween(0.96, 0.99);
        assertThat(report.shadowLatency().p95()).isLessThan(report.primaryLatency().p95() * 1.2);
    }

    @Test
    void theCanaryHasDaysOfHealthHistoryAndEverythingLiesInThePast() {
        List<HealthCheck> history = workspace.queries().healthHistory(summary.canaryId(), null, null);
        assertThat(Duration.between(history.get(0).timestamp(), history.get(history.size() - 1).timestamp()))
                .isGreaterThan(Duration.ofHours(40));
        List<AuditEvent> events = workspace.audit().query(AuditQuery.ALL);
        assertThat(events).allSatisfy(event -> assertThat(event.timestamp()).isBefore(NOW));
        assertThat(events.get(0).timestamp()).isBefore(NOW.minus(Duration.ofDays(29)));
        assertThat(workspace.audit().verify().intact()).isTrue();
    }

    @Test
    void theAuditTrailTellsTheStoryInTimeOrder() {
        List<AuditEvent> events = workspace.audit().query(AuditQuery.ALL);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).timestamp()).as("event %d", events.get(i).sequence())
                    .isAfterOrEqualTo(events.get(i - 1).timestamp());
        }
    }

    @Test
    void aManagerFindsAPendingPromotionBackedByAReadyShadowTest() {
        List<PromotionRequest> pending = registry.pendingPromotions();
        assertThat(pending).singleElement().satisfies(request -> {
            assertThat(request.version()).isEqualTo("v2.1.0");
            assertThat(request.targetStage()).isEqualTo(ModelStage.PRODUCTION);
            ShadowReview review = registry.shadowReview(request, ReadinessCriteria.DEFAULTS);
            assertThat(review.report().totalRequests()).isEqualTo(DemoWorkspace.REVIEW_COMPARISONS);
            assertThat(review.verdict().ready()).isTrue();
        });
        assertThat(registry.getModel("fraud_detector", "v2.0.0").stage()).isEqualTo(ModelStage.PRODUCTION);
        assertThat(registry.getModel("fraud_detector", "v1.5.0").stage()).isEqualTo(ModelStage.ARCHIVED);
        assertThat(registry.productionVersion("fraud_detector", "v2.1.0")).get()
                .extracting(version -> version.version()).isEqualTo("v2.0.0");
        assertThat(registry.promotions(PromotionStatus.APPROVED)).hasSize(3);
    }
}
