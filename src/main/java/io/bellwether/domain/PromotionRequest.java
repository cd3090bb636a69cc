package io.bellwether.domain;

import java.time.Instant;

/**
 * A request to move a model version from one stage to another, as the guide's ApprovalWorkflow
 * keeps them: pending until a reviewer approves or rejects it with a comment.
 */
public record PromotionRequest(long id, String modelName, String version, ModelStage fromStage,
                               ModelStage targetStage, PromotionStatus status, String requestedBy,
                               String justification, Instant requestedAt, String reviewer, String comment,
                               Instant reviewedAt) {

    public PromotionRequest {
        Checks.name("name", modelName);
        Checks.name("version", version);
        Checks.name("requested_by", requestedBy);
        Checks.text("justification", Checks.required("justification", justification));
        Checks.text("comment", comment);
        if (reviewer != null) {
            Checks.name("reviewer", reviewer);
        }
        if (fromStage == null || targetStage == null || status == null || requestedAt == null) {
            throw new InvalidInputException(fromStage == null ? "from_stage" : targetStage == null ? "target_stage"
                    : status == null ? "status" : "requested_at", null, "is required");
        }
        if (status == PromotionStatus.PENDING ? reviewer != null || reviewedAt != null
                : reviewer == null || reviewer.isBlank() || reviewedAt == null) {
            throw new InvalidInputException("reviewer", reviewer,
                    "must be set exactly when the request is decided (status " + status.value() + ")");
        }
    }

    /** A new, undecided request (its id is given by the store). */
    public static PromotionRequest pending(String modelName, String version, ModelStage fromStage,
                                           ModelStage targetStage, String requestedBy, String justification,
                                           Instant requestedAt) {
        return new PromotionRequest(0, modelName, version, fromStage, targetStage, PromotionStatus.PENDING,
                requestedBy, justification, requestedAt, null, null, null);
    }

    public boolean isPending() {
        return status == PromotionStatus.PENDING;
    }

    public String modelRef() {
        return modelName + ":" + version;
    }

    public PromotionRequest withId(long storedId) {
        return new PromotionRequest(storedId, modelName, version, fromStage, targetStage, status, requestedBy,
                justification, requestedAt, reviewer, comment, reviewedAt);
    }

    public PromotionRequest decided(PromotionStatus decision, String by, String withComment, Instant at) {
        if (decision == PromotionStatus.PENDING) {
            throw new InvalidInputException("decision", decision.value(), "must be approved or rejected");
        }
        return new PromotionRequest(id, modelName, version, fromStage, targetStage, decision, requestedBy,
                justification, requestedAt, by, withComment, at);
    }
}
