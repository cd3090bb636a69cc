package io.bellwether.ui.review;

import io.bellwether.Bellwether;
import io.bellwether.TestAccounts;
import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.PromotionStatus;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.ShadowReport;
import io.bellwether.ui.InlineTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review view model on a real workspace, work run inline. */
class ReviewViewModelTest {
    @TempDir
    Path folder;
    Workspace workspace;
    final TestAccounts accounts = new TestAccounts();
    ModelRegistry registry;
    AtomicReference<String> operator = new AtomicReference<>(ReviewFixture.MANAGER);
    ReviewViewModel model;

    @BeforeEach
    void open() {
        workspace = Bellwether.openRecordOnly(folder.resolve("bellwether"), java.time.Clock.systemUTC(), accounts);
        registry = workspace.registry();
        ReviewFixture.fill(registry, workspace, accounts);
        model = new ReviewViewModel(registry, workspace, workspace.audit(), new InlineTaskExecutor(),
                operator::get);
        model.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    PromotionRequest fraudRequest() {
        return model.requests().stream().filter(r -> r.modelName().equals("fraud_detector")).findFirst().orElseThrow();
    }

    @Test
    void listsThePendingRequestsAndShowsTheFirstOnesEvidence() {
        assertThat(model.requests()).extracting(PromotionRequest::modelRef)
                .containsExactly("fraud_detector:v2.0.0", "churn_model:v3");
        assertThat(model.selectedProperty().get().modelRef()).isEqualTo("fraud_detector:v2.0.0");

        String shadowId = workspace.queries().listShadowDeployments().get(0).shadowId();
        ShadowReport report = workspace.shadows().compareShadowDeployment(shadowId);
        assertThat(model.metricLines()).containsExactly(
                new ReviewViewModel.MetricLine("accuracy", "0.9410", "0.9630", "+0.0220"),
                new ReviewViewModel.MetricLine("auc", "0.9620", "0.9710", "+0.0090"),
                new ReviewViewModel.MetricLine("f1", "0.9020", "0.9210", "+0.0190"));
        assertThat(model.latencyLines()).containsExactly(
                new ReviewViewModel.LatencyLine("P50", report.primaryLatency().p50(), report.shadowLatency().p50()),
                new ReviewViewModel.LatencyLine("P95", report.primaryLatency().p95(), report.shadowLatency().p95()),
                new ReviewViewModel.LatencyLine("P99", report.primaryLatency().p99(), report.shadowLatency().p99()));
        assertThat(model.evidenceProperty().get().metricsTitle()).isEqualTo("Offline metrics: v1.0.0 (production) against v2.0.0");
        assertThat(model.evidenceProperty().get().verdict().isReady()).isTrue();
        assertThat(model.evidenceProperty().get().verdict().headline()).isEqualTo("READY for promotion");
        assertThat(model.evidenceProperty().get().verdict().agreement()).isEqualTo("\u2713 Agreement 99.00% must be above 95.00%");
        assertThat(model.evidenceProperty().get().verdict().latency()).startsWith("\u2713 Shadow P95 ").contains("1.20 \u00d7")
                .contains(" ms must be below").doesNotContain(" s ");
        assertThat(model.evidenceProperty().get().shadow()).contains(shadowId).contains("400 requests");
        assertThat(model.evidenceProperty().get().request()).contains(ReviewFixture.ENGINEER)
                .contains("Model exceeds accuracy requirements");
        assertThat(model.history()).anyMatch(line -> line.contains("APPROVAL_REQUESTED"));
    }

    @Test
    void theShadowEvidenceOfTheReviewedShadowIsShownBesideTheVerdict() {
        String shadowId = workspace.queries().listShadowDeployments().get(0).shadowId();
        io.bellwether.domain.ShadowEvidence expected = io.bellwether.domain.ShadowEvidence.of(
                workspace.queries().shadowComparisonColumns(shadowId));

        assertThat(model.shadowEvidence().figures())
                .containsExactlyElementsOf(io.bellwether.domain.ShadowEvidenceText.figures(expected, 1.2));
        assertThat(model.shadowEvidence().figures().get(0).text()).startsWith("99.00% (95 % Wilson interval")
                .endsWith("; 396 of 400)");

        model.selectedProperty().set(model.requests().get(1));

        assertThat(model.shadowEvidence().figures()).as("no shadow, no evidence").isEmpty();
    }

    @Test
    void aRequestWithoutShadowIsNotReady() {
        model.selectedProperty().set(model.requests().get(1));

        assertThat(model.evidenceProperty().get().verdict().isReady()).isFalse();
        assertThat(model.evidenceProperty().get().verdict().headline()).isEqualTo("NOT READY: no comparisons recorded");
        assertThat(model.evidenceProperty().get().shadow()).contains("No shadow deployment ran churn_model:v3");
        assertThat(model.latencyLines()).isEmpty();
        assertThat(model.metricLines()).containsExactly(new ReviewViewModel.MetricLine("f1", "\u2013", "0.8100", "\u2013"));
    }

    @Test
    void approveNeedsACommentThenPromotesAndOffersTheCanary() {
        assertThat(model.approveCommand().isExecutable()).isFalse();
        assertThat(model.createCanaryCommand().isExecutable()).isFalse();
        assertThatThrownBy(model::approve).isInstanceOf(IllegalStateException.class);
        model.commentProperty().set("   ");
        assertThat(model.approveCommand().isExecutable()).isFalse();

        model.commentProperty().set("Shadow evidence is convincing");
        assertThat(model.approveCommand().isExecutable()).isTrue();
        model.approve();

        PromotionRequest stored = registry.latestPromotion("fraud_detector", "v2.0.0").orElseThrow();
        assertThat(stored.status()).isEqualTo(PromotionStatus.APPROVED);
        assertThat(stored.reviewer()).isEqualTo(ReviewFixture.MANAGER);
        assertThat(stored.comment()).isEqualTo("Shadow evidence is convincing");
        assertThat(registry.getModel("fraud_detector", "v2.0.0").stage()).isEqualTo(ModelStage.PRODUCTION);
        assertThat(model.commentProperty().get()).isEmpty();
        assertThat(model.selectedProperty().get().status()).isEqualTo(PromotionStatus.APPROVED);
        assertThat(model.approveCommand().isExecutable()).isFalse();
        assertThat(model.createCanaryCommand().isExecutable()).isTrue();

        operator.set("devops@company.com");
        assertThat(model.canaryEnvironmentProperty().get()).isEqualTo("production");
        assertThat(model.canaryInitialTrafficProperty().get()).isEqualTo("5");
        model.canaryInitialTrafficProperty().set("0");
        model.createCanary();
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.status().messageProperty().get()).startsWith("Initial traffic must be a percentage above 0")
                .contains("\"0\"");
        assertThat(model.createdDeploymentProperty().get()).isNull();
        model.canaryInitialTrafficProperty().set("5 %");
        model.createCanary();
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.status().messageProperty().get()).contains("pre-deployment checklist items are not met")
                .contains("Rollback plan documented").contains("write in the comment why");
        assertThat(model.createdDeploymentProperty().get()).isNull();
        assertThat(workspace.queries().listDeployments(null, null)).noneMatch(d -> d.modelRef().equals("fraud_detector:v2.0.0"));

        model.commentProperty().set("Drill on record only; traffic moved by hand");
        model.createCanary();
        assertThat(workspace.audit().query(io.bellwether.application.port.in.AuditQuery.ALL)).anySatisfy(event -> {
            assertThat(event.type()).isEqualTo(io.bellwether.domain.EventType.CHECKLIST_OVERRIDDEN);
            assertThat(event.user()).isEqualTo("devops@company.com");
            assertThat(event.details().toString()).contains("Drill on record only; traffic moved by hand");
        });
        assertThat(model.commentProperty().get()).isEmpty();

        Deployment canary = workspace.queries().getDeployment(model.createdDeploymentProperty().get());
        assertThat(canary.strategy()).isEqualTo(DeploymentStrategy.CANARY);
        assertThat(canary.modelRef()).isEqualTo("fraud_detector:v2.0.0");
        assertThat(canary.createdBy()).isEqualTo("devops@company.com");
        assertThat(canary.environment()).isEqualTo("production");
        assertThat(canary.rollbackConfig()).isEqualTo(RollbackConfig.BALANCED);
        assertThat(canary.baselineMetrics()).isEqualTo(ReviewFixture.PRODUCTION_METRICS);
        assertThat(canary.metadata()).containsEntry("initial_traffic", 0.05).containsEntry("target_traffic", 1.0)
                .containsEntry("replaces", "fraud_detector:v1.0.0")
                .containsEntry("approved_by", ReviewFixture.MANAGER);
        assertThat(model.createCanaryCommand().isExecutable()).isFalse();

        model.refresh();
        assertThat(model.requests()).extracting(PromotionRequest::modelRef).containsExactly("churn_model:v3");
    }

    @Test
    void anApprovedPromotionWithoutDeploymentIsOfferedAfterARestart() {
        registry.approvePromotion("fraud_detector", "v2.0.0", "director@company.com", "yes");
        model.refresh();

        assertThat(model.requests()).extracting(PromotionRequest::status)
                .containsExactly(PromotionStatus.PENDING, PromotionStatus.APPROVED);
        model.selectedProperty().set(fraudRequest());
        assertThat(model.createCanaryCommand().isExecutable()).isTrue();
        assertThat(model.approveCommand().isExecutable()).isFalse();
    }

    @Test
    void rejectRemovesTheRequestAndARefusalIsShownNotThrown() {
        operator.set(ReviewFixture.ENGINEER);
        model.commentProperty().set("I approve my own");
        model.approve();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.status().messageProperty().get()).startsWith("Could not approve the promotion: ")
                .contains("ml_engineer@company.com cannot approve");
        assertThat(registry.pendingPromotions()).hasSize(2);

        operator.set(ReviewFixture.MANAGER);
        model.commentProperty().set("Latency budget is too tight");
        model.reject();

        assertThat(model.failedProperty().get()).isFalse();
        assertThat(registry.latestPromotion("fraud_detector", "v2.0.0").orElseThrow().status())
                .isEqualTo(PromotionStatus.REJECTED);
        assertThat(model.requests()).extracting(PromotionRequest::modelRef).containsExactly("churn_model:v3");
        assertThat(model.selectedProperty().get().modelRef()).isEqualTo("churn_model:v3");
        assertThat(model.createCanaryCommand().isExecutable()).isFalse();
    }

    @Test
    void followsTheShellsSelectionToTheRequestOfItsModel() {
        model.selectedProperty().set(model.requests().get(1));
        String shadowId = workspace.queries().listShadowDeployments().get(0).shadowId();

        model.show(shadowId);
        assertThat(model.selectedProperty().get().modelRef()).isEqualTo("fraud_detector:v2.0.0");

        model.selectedProperty().set(model.requests().get(1));
        String productionDeployment = workspace.queries().listDeployments(null, null).get(0).deploymentId();
        model.show(productionDeployment);
        model.show(null);
        model.show("deploy_gone");
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.selectedProperty().get().modelRef()).as("v1.0.0 has no listed request")
                .isEqualTo("churn_model:v3");
    }

    @Test
    void exportsTheForwardableReport() throws Exception {
        Path file = folder.resolve("review.html");

        model.exportReport(file);

        assertThat(Files.readString(file)).contains("fraud_detector v2.0.0").contains("Agreement 99.00%")
                .contains("<h2>Shadow evidence</h2>", "95 % Wilson interval");
        assertThat(model.status().messageProperty().get()).isEqualTo("Wrote " + file);
    }
}
