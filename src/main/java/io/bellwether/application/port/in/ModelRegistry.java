package io.bellwether.application.port.in;

import io.bellwether.domain.ModelComparison;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.ModelVersion;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.PromotionStatus;
import io.bellwether.domain.ReadinessCriteria;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guide's ModelRegistry and ApprovalWorkflow over a workspace. Every change is one transaction
 * with its audit event. Unknown models raise {@link NotFoundException}; bad input raises
 * {@link io.bellwether.domain.InvalidInputException}; refused steps (duplicate registration, a
 * request that is missing or no longer pending, self-approval) raise {@link RegistryRefusalException}
 * naming the model, the version and the person, and write nothing. Part of every {@link Workspace}.
 */
public interface ModelRegistry {

    ModelVersion registerModel(String name, String version, String modelPath, String framework, String createdBy,
                               Map<String, Double> metrics);

    PromotionRequest requestPromotion(String name, String version, ModelStage targetStage, String requestedBy,
                                      String justification);

    /** Approves the pending request and moves the version to its target stage; the comment may be null. */
    PromotionRequest approvePromotion(String name, String version, String approver, String comment);

    PromotionRequest rejectPromotion(String name, String version, String reviewer, String reason);

    ModelVersion archiveModel(String name, String version, String user);

    ModelVersion getModel(String name, String version);

    /** By name, then oldest registration first; null filters match everything. */
    List<ModelVersion> listModels(String nameOrNull, ModelStage stageOrNull);

    /** The most recently registered version of {@code name} (in {@code stageOrNull} if given). */
    Optional<ModelVersion> getLatestVersion(String name, ModelStage stageOrNull);

    /** The two versions' metrics side by side, differences as right − left. */
    ModelComparison compareModels(String name, String leftVersion, String rightVersion);

    /** Oldest first. */
    List<PromotionRequest> pendingPromotions();

    /** Oldest first; null matches every status. */
    List<PromotionRequest> promotions(PromotionStatus statusOrNull);

    /** The most recent promotion request of the version. */
    Optional<PromotionRequest> latestPromotion(String name, String version);

    /**
     * The newest version of {@code name} in PRODUCTION other than {@code candidateVersion}: a
     * promotion stays next to the version it replaces until that one is archived.
     */
    Optional<ModelVersion> productionVersion(String name, String candidateVersion);

    /** The evidence for {@code request}, judged with {@code criteria}. */
    ShadowReview shadowReview(PromotionRequest request, ReadinessCriteria criteria);
}
