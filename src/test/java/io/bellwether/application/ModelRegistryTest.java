package io.bellwether.application;

import io.bellwether.TestAccounts;
import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.RegistryRefusalException;
import io.bellwether.application.port.in.ShadowReview;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ModelComparison;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.ModelVersion;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.PromotionStatus;
import io.bellwether.domain.ReadinessCriteria;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowDeployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelRegistryTest extends WorkspaceTestBase {
    static final String NAME = "fraud_detector";
    static final String SCIENTIST = "data_scientist@company.com";
    static final String ENGINEER = "ml_engineer@company.com";
    static final String MANAGER = "ml_manager@company.com";
    static final String ENGINEER_ACCOUNT = "engineer-os";

    ModelRegistry registry;

    @BeforeEach
    void openRegistry() {
        registry = workspace.registry();
    }

    @AfterEach
    void closeRegistry() {
    }

    @Override
    void reopen() {
        super.reopen();
        openRegistry();
    }

    ModelVersion register(String version, double accuracy) {
        tick();
        return registry.registerModel(NAME, version, "./" + version + ".pt", "pytorch", SCIENTIST,
                Map.of("accuracy", accuracy));
    }

    /** The engineer asks from their own workstation's account; the tests approve from the console's. */
    PromotionRequest requestProduction(String version) {
        tick();
        PromotionRequest[] request = new PromotionRequest[1];
        accounts.as(ENGINEER_ACCOUNT, () -> request[0] = registry.requestPromotion(NAME, version,
                ModelStage.PRODUCTION, ENGINEER, "Model exceeds accuracy requirements"));
        return request[0];
    }

    @Test
    void registrationIsStoredInDevelopmentAndAudited() {
        ModelVersion registered = register("v2.0.0", 0.96);
        reopen();

        ModelVersion stored = registry.getModel(NAME, "v2.0.0");
        assertThat(stored).isEqualTo(registered);
        assertThat(stored.stage()).isEqualTo(ModelStage.DEVELOPMENT);
        assertThat(stored.createdAt()).isEqualTo(clock.instant());
        assertThat(stored.metrics()).containsEntry("accuracy", 0.96);
        AuditEvent event = lastEvent();
        assertThat(event.type()).isEqualTo(EventType.MODEL_REGISTERED);
        assertThat(event.user()).isEqualTo(SCIENTIST);
        assertThat(event.resourceId()).isEqualTo("fraud_detector:v2.0.0");
        assertThat(event.details()).containsEntry("framework", "pytorch").containsEntry("model_path", "./v2.0.0.pt");
    }

    @Test
    void duplicateRegistrationIsRefusedNamingModelVersionAndPersonAndWritesNothing() {
        register("v2.0.0", 0.96);
        int events = events().size();

        assertThatThrownBy(() -> registry.registerModel(NAME, "v2.0.0", "./other.pt", "onnx", "someone@company.com",
                Map.of()))
                .isInstanceOf(RegistryRefusalException.class)
                .hasMessageContaining("fraud_detector").hasMessageContaining("v2.0.0")
                .hasMessageContaining("already registered").hasMessageContaining(SCIENTIST)
                .hasMessageContaining("someone@company.com");
        assertThat(events()).hasSize(events);
        assertThat(registry.getModel(NAME, "v2.0.0").modelPath()).isEqualTo("./v2.0.0.pt");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThatThrownBy(() -> registry.registerModel(NAME, " ", "./m.pt", "pytorch", SCIENTIST, Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("version is required");
        assertThatThrownBy(() -> registry.registerModel(NAME, "v1", "./m.pt", "pytorch", SCIENTIST,
                Map.of("accuracy", Double.NaN)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("metrics.accuracy must be a finite");
        register("v2.0.0", 0.96);
        assertThatThrownBy(() -> registry.requestPromotion(NAME, "v2.0.0", ModelStage.PRODUCTION, ENGINEER, ""))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("justification is required");
        assertThatThrownBy(() -> registry.requestPromotion(NAME, "v2.0.0", ModelStage.ARCHIVED, ENGINEER, "old"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("target_stage");
        assertThatThrownBy(() -> registry.requestPromotion(NAME, "v9", ModelStage.STAGING, ENGINEER, "why"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("fraud_detector version v9");
        assertThat(eventsOf(EventType.APPROVAL_REQUESTED)).isEmpty();
    }

    @Test
    void requestIsPendingAndAudited() {
        register("v2.0.0", 0.96);
        PromotionRequest request = requestProduction("v2.0.0");

        assertThat(registry.pendingPromotions()).containsExactly(request);
        assertThat(request.status()).isEqualTo(PromotionStatus.PENDING);
        assertThat(request.fromStage()).isEqualTo(ModelStage.DEVELOPMENT);
        assertThat(request.requestedAt()).isEqualTo(clock.instant());
        AuditEvent event = lastEvent();
        assertThat(event.type()).isEqualTo(EventType.APPROVAL_REQUESTED);
        assertThat(event.user()).isEqualTo(ENGINEER);
        assertThat(event.details()).containsEntry("target_stage", "production")
                .containsEntry("justification", "Model exceeds accuracy requirements");
    }

    @Test
    void secondRequestWhileOneIsPendingIsRefused() {
        register("v2.0.0", 0.96);
        requestProduction("v2.0.0");

        assertThatThrownBy(() -> registry.requestPromotion(NAME, "v2.0.0", ModelStage.STAGING, "other@company.com",
                "again"))
                .isInstanceOf(RegistryRefusalException.class)
                .hasMessageContaining("v2.0.0").hasMessageContaining(ENGINEER).hasMessageContaining("pending");
        assertThat(registry.pendingPromotions()).hasSize(1);
    }

    @Test
    void approvalPromotesAndWritesGrantAndPromotionEvents() {
        register("v2.0.0", 0.96);
        requestProduction("v2.0.0");
        tick();

        PromotionRequest approved = registry.approvePromotion(NAME, "v2.0.0", MANAGER, "Shadow results convince me");
        reopen();

        assertThat(approved.status()).isEqualTo(PromotionStatus.APPROVED);
        assertThat(registry.latestPromotion(NAME, "v2.0.0")).contains(approved);
        assertThat(approved.reviewer()).isEqualTo(MANAGER);
        assertThat(approved.comment()).isEqualTo("Shadow results convince me");
        assertThat(approved.reviewedAt()).isEqualTo(clock.instant());
        assertThat(registry.getModel(NAME, "v2.0.0").stage()).isEqualTo(ModelStage.PRODUCTION);
        assertThat(registry.pendingPromotions()).isEmpty();
        List<AuditEvent> all = events();
        assertThat(all.subList(all.size() - 2, all.size())).extracting(AuditEvent::type)
                .containsExactly(EventType.APPROVAL_GRANTED, EventType.MODEL_PROMOTED);
        assertThat(eventsOf(EventType.MODEL_PROMOTED).get(0).details())
                .containsEntry("from_stage", "development").containsEntry("to_stage", "production");
        assertThat(workspace.audit().verify().intact()).isTrue();
    }

    @Test
    void approvingWithoutAnyRequestIsRefused() {
        register("v2.0.0", 0.96);
        int events = events().size();

        assertThatThrownBy(() -> registry.approvePromotion(NAME, "v2.0.0", MANAGER, "ok"))
                .isInstanceOf(RegistryRefusalException.class)
                .hasMessageContaining(MANAGER).hasMessageContaining("fraud_detector").hasMessageContaining("v2.0.0")
                .hasMessageContaining("nobody requested");
        assertThat(events()).hasSize(events);
        assertThat(registry.getModel(NAME, "v2.0.0").stage()).isEqualTo(ModelStage.DEVELOPMENT);
    }

    @Test
    void approvingAnUnknownModelIsNotFound() {
        assertThatThrownBy(() -> registry.approvePromotion(NAME, "v7", MANAGER, "ok"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("fraud_detector version v7");
    }

    @Test
    void approvingARequestThatIsNoLongerPendingIsRefused() {
        register("v2.0.0", 0.96);
        requestProduction("v2.0.0");
        registry.approvePromotion(NAME, "v2.0.0", MANAGER, null);
        int events = events().size();

        assertThatThrownBy(() -> registry.approvePromotion(NAME, "v2.0.0", "director@company.com", "me too"))
                .isInstanceOf(RegistryRefusalException.class)
                .hasMessageContaining("director@company.com").hasMessageContaining("v2.0.0")
                .hasMessageContaining("no longer pending").hasMessageContaining("approved by " + MANAGER);
        assertThatThrownBy(() -> registry.rejectPromotion(NAME, "v2.0.0", "director@company.com", "no"))
                .isInstanceOf(RegistryRefusalException.class).hasMessageContaining("no longer pending");
        assertThat(events()).hasSize(events);
    }

    @Test
    void selfApprovalIsRefusedWhateverTheCaseAndWritesNothing() {
        register("v2.0.0", 0.96);
        requestProduction("v2.0.0");
        int events = events().size();

        assertThatThrownBy(() -> registry.approvePromotion(NAME, "v2.0.0", " ML_Engineer@company.com", "fine"))
                .isInstanceOf(RegistryRefusalException.class)
                .hasMessageContaining("ML_Engineer@company.com").hasMessageContaining("fraud_detector")
                .hasMessageContaining("v2.0.0").hasMessageContaining("requested it");
        assertThat(events()).hasSize(events);
        assertThat(registry.pendingPromotions()).hasSize(1);
        assertThat(registry.getModel(NAME, "v2.0.0").stage()).isEqualTo(ModelStage.DEVELOPMENT);
    }

    @Test
    void rejectionKeepsTheStageAndIsAuditedWithItsReason() {
        register("v2.0.0", 0.96);
        requestProduction("v2.0.0");

        assertThatThrownBy(() -> registry.rejectPromotion(NAME, "v2.0.0", MANAGER, " "))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reason is required");
        PromotionRequest rejected = registry.rejectPromotion(NAME, "v2.0.0", MANAGER, "Agreement too low");

        assertThat(rejected.status()).isEqualTo(PromotionStatus.REJECTED);
        assertThat(rejected.comment()).isEqualTo("Agreement too low");
        assertThat(registry.getModel(NAME, "v2.0.0").stage()).isEqualTo(ModelStage.DEVELOPMENT);
        AuditEvent event = lastEvent();
        assertThat(event.type()).isEqualTo(EventType.APPROVAL_REJECTED);
        assertThat(event.user()).isEqualTo(MANAGER);
        assertThat(event.details()).containsEntry("reason", "Agreement too low")
                .containsEntry("requested_by", ENGINEER);
        assertThatThrownBy(() -> registry.approvePromotion(NAME, "v2.0.0", MANAGER, "changed my mind"))
                .isInstanceOf(RegistryRefusalException.class).hasMessageContaining("rejected by " + MANAGER);
        // a rejected version may be requested again
        assertThat(requestProduction("v2.0.0").isPending()).isTrue();
    }

    @Test
    void archivingIsAuditedAndRefusedTwiceOrWhileARequestIsPending() {
        register("v1.0.0", 0.94);
        requestProduction("v1.0.0");
        assertThatThrownBy(() -> registry.archiveModel(NAME, "v1.0.0", MANAGER))
                .isInstanceOf(RegistryRefusalException.class).hasMessageContaining("pending");
        registry.rejectPromotion(NAME, "v1.0.0", MANAGER, "superseded");

        ModelVersion archived = registry.archiveModel(NAME, "v1.0.0", MANAGER);

        assertThat(archived.stage()).isEqualTo(ModelStage.ARCHIVED);
        assertThat(registry.getModel(NAME, "v1.0.0").stage()).isEqualTo(ModelStage.ARCHIVED);
        assertThat(lastEvent().type()).isEqualTo(EventType.MODEL_ARCHIVED);
        assertThat(lastEvent().details()).containsEntry("previous_stage", "development");
        assertThatThrownBy(() -> registry.archiveModel(NAME, "v1.0.0", MANAGER))
                .isInstanceOf(RegistryRefusalException.class)
                .hasMessageContaining(MANAGER).hasMessageContaining("v1.0.0").hasMessageContaining("already archived");
        assertThatThrownBy(() -> requestProduction("v1.0.0"))
                .isInstanceOf(RegistryRefusalException.class).hasMessageContaining("archived");
    }

    @Test
    void listsLatestVersionsAndComparesMetrics() {
        register("v1.0.0", 0.94);
        register("v2.0.0", 0.96);
        tick();
        registry.registerModel("churn", "v1", "./churn.pt", "sklearn", SCIENTIST, Map.of("f1", 0.7));
        tick();
        registry.registerModel(NAME, "v2.1.0", "./v2.1.0.pt", "pytorch", SCIENTIST,
                Map.of("accuracy", 0.97, "f1", 0.91));
        requestProduction("v1.0.0");
        registry.approvePromotion(NAME, "v1.0.0", MANAGER, null);

        assertThat(registry.listModels(NAME, null)).extracting(ModelVersion::version)
                .containsExactly("v1.0.0", "v2.0.0", "v2.1.0");
        assertThat(registry.listModels(null, null)).hasSize(4);
        assertThat(registry.getLatestVersion(NAME, null)).map(ModelVersion::version).contains("v2.1.0");
        assertThat(registry.getLatestVersion(NAME, ModelStage.PRODUCTION)).map(ModelVersion::version)
                .contains("v1.0.0");
        assertThat(registry.getLatestVersion("unknown", null)).isEmpty();
        assertThat(registry.productionVersion(NAME, "v2.1.0")).map(ModelVersion::version).contains("v1.0.0");
        assertThat(registry.productionVersion(NAME, "v1.0.0")).isEmpty();

        ModelComparison comparison = registry.compareModels(NAME, "v1.0.0", "v2.1.0");
        assertThat(comparison.rows()).extracting(ModelComparison.MetricRow::metric).containsExactly("accuracy", "f1");
        assertThat(comparison.rows().get(0).difference()).isCloseTo(0.03, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(comparison.rows().get(1).left()).isNull();
        assertThat(comparison.rows().get(1).difference()).isNull();
    }

    @Test
    void shadowReviewUsesTheShadowOfTheCandidateAgainstProduction() {
        register("v1.0.0", 0.94);
        requestProduction("v1.0.0");
        registry.approvePromotion(NAME, "v1.0.0", MANAGER, null);
        register("v2.0.0", 0.96);
        PromotionRequest request = requestProduction("v2.0.0");
        service.shadows().shadowDeploy("other:v1", "fraud_detector:v2.0.0", 10.0, Operators.systemUser());
        tick();
        ShadowDeployment shadow = service.shadows().shadowDeploy("fraud_detector:v1.0.0", "fraud_detector:v2.0.0", 100.0, Operators.systemUser());
        tick();
        service.shadows().shadowDeploy("fraud_detector:v1.0.0", "fraud_detector:v3.0.0", 100.0, Operators.systemUser());
        List<ShadowComparison> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            batch.add(new ShadowComparison(clock.instant(), null, null, 0.040 + i * 0.0001, 0.041 + i * 0.0001,
                    i != 7));
        }
        service.shadows().recordShadowComparisons(shadow.shadowId(), batch, Operators.systemUser());

        ShadowReview review = registry.shadowReview(request, ReadinessCriteria.DEFAULTS);

        assertThat(review.shadow()).isEqualTo(shadow);
        assertThat(review.production().version()).isEqualTo("v1.0.0");
        assertThat(review.metrics().rows().get(0).difference()).isCloseTo(0.02, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(review.report()).isEqualTo(service.shadows().compareShadowDeployment(shadow.shadowId()));
        assertThat(review.report().agreementRate()).isEqualTo(0.99);
        assertThat(review.verdict().ready()).isTrue();
        assertThat(registry.shadowReview(request, new ReadinessCriteria(0.995, 1.2)).verdict().agreementPassed())
                .isFalse();
    }

    @Test
    void shadowReviewWithoutShadowIsNotReady() {
        register("v2.0.0", 0.96);
        PromotionRequest request = requestProduction("v2.0.0");

        ShadowReview review = registry.shadowReview(request, null);

        assertThat(review.hasShadow()).isFalse();
        assertThat(review.production()).isNull();
        assertThat(review.report().isEmpty()).isTrue();
        assertThat(review.verdict().ready()).isFalse();
    }

    @Test
    void registryAndDeploymentEventsShareOneValidChain() {
        register("v2.0.0", 0.96);
        create();
        requestProduction("v2.0.0");
        create();
        registry.approvePromotion(NAME, "v2.0.0", MANAGER, "go");

        assertThat(workspace.audit().verify().intact()).isTrue();
        assertThat(events()).extracting(AuditEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void approvalFromTheRequestersOsAccountIsRefusedWhateverTheDisplayNameAndWritesNothing() {
        register("v2.0.0", 0.96);
        requestProduction("v2.0.0");
        int events = events().size();

        accounts.as(ENGINEER_ACCOUNT, () -> assertThatThrownBy(() -> registry.approvePromotion(NAME, "v2.0.0",
                MANAGER, "renamed myself in Settings"))
                .isInstanceOf(RegistryRefusalException.class)
                .hasMessageContaining("requested by " + ENGINEER + " from the same OS account (" + ENGINEER_ACCOUNT + ")"));

        assertThat(events()).hasSize(events);
        assertThat(registry.pendingPromotions()).hasSize(1);
        registry.approvePromotion(NAME, "v2.0.0", MANAGER, "from my own account");
        assertThat(registry.getModel(NAME, "v2.0.0").stage()).isEqualTo(ModelStage.PRODUCTION);
    }

    @Test
    void everyAuditedActionRecordsTheOsAccountBesideTheDisplayName() {
        register("v2.0.0", 0.96);
        requestProduction("v2.0.0");
        registry.approvePromotion(NAME, "v2.0.0", MANAGER, "go");

        assertThat(events()).isNotEmpty().allSatisfy(event -> assertThat(event.details()).containsKey("os_account"));
        assertThat(eventsOf(EventType.APPROVAL_REQUESTED).get(0).details()).containsEntry("os_account", ENGINEER_ACCOUNT);
        assertThat(eventsOf(EventType.APPROVAL_GRANTED).get(0).details())
                .containsEntry("os_account", TestAccounts.CONSOLE);
    }
}
