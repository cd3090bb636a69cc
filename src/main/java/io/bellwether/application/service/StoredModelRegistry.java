package io.bellwether.application.service;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.RegistryRefusalException;
import io.bellwether.application.port.in.ShadowComparisons;
import io.bellwether.application.port.in.ShadowFindings;
import io.bellwether.application.port.in.ShadowReview;
import io.bellwether.application.port.out.ModelRegistryStore;
import io.bellwether.application.port.out.RegistryTransaction;
import io.bellwether.domain.Checks;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ModelComparison;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.ModelVersion;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.PromotionStatus;
import io.bellwether.domain.ReadinessCriteria;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowReport;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry over a {@link ModelRegistryStore}: each change and its audit events in one
 * transaction. Audit events name the model as {@code name:version} (resource type "model"), so a
 * version's whole history is one resource query; requests carry their id in the details.
 */
final class StoredModelRegistry implements ModelRegistry {
    private static final String MODEL = "model";

    private final ModelRegistryStore store;
    private final AuditChain audit;
    private final DeploymentQueries queries;
    private final ShadowComparisons shadows;

    StoredModelRegistry(ModelRegistryStore store, AuditChain audit, DeploymentQueries queries,
                        ShadowComparisons shadows) {
        this.store = store;
        this.audit = audit;
        this.queries = queries;
        this.shadows = shadows;
    }

    @Override
    public ModelVersion registerModel(String name, String version, String modelPath, String framework,
                                      String createdBy, Map<String, Double> metrics) {
        ModelVersion model = new ModelVersion(name, version, modelPath, framework, createdBy, audit.now(),
                ModelStage.DEVELOPMENT, metrics);
        return store.write(tx -> {
            Optional<ModelVersion> existing = tx.models().find(name, version);
            if (existing.isPresent()) {
                throw new RegistryRefusalException("Model " + name + " version " + version
                        + " is already registered (by " + existing.get().createdBy() + " at "
                        + existing.get().createdAt() + "); " + createdBy + " must register a new version");
            }
            tx.models().insert(model);
            audit.append(tx, EventType.MODEL_REGISTERED, EventSeverity.INFO, createdBy, MODEL, model.ref(),
                    "register", Rows.details("name", name, "version", version, "model_path", modelPath,
                            "framework", framework, "metrics", model.metrics()));
            return model;
        });
    }

    @Override
    public PromotionRequest requestPromotion(String name, String version, ModelStage targetStage,
                                             String requestedBy, String justification) {
        requireModelKey(name, version);
        if (targetStage == null) {
            throw new InvalidInputException("target_stage", null, "is required");
        }
        Checks.required("requested_by", requestedBy);
        Checks.required("justification", justification);
        return store.write(tx -> {
            ModelVersion model = load(tx, name, version);
            if (targetStage == ModelStage.ARCHIVED) {
                throw new InvalidInputException("target_stage", targetStage.value(),
                        "must be development, staging or production (archive a model instead of promoting it)");
            }
            if (model.stage() == ModelStage.ARCHIVED || model.stage() == targetStage) {
                throw new RegistryRefusalException(requestedBy + " cannot request to promote model " + name
                        + " version " + version + " to " + targetStage.value() + ": it is "
                        + model.stage().value());
            }
            Optional<PromotionRequest> latest = tx.models().latestRequest(name, version);
            if (latest.isPresent() && latest.get().isPending()) {
                throw new RegistryRefusalException(requestedBy + " cannot request to promote model " + name
                        + " version " + version + ": " + latest.get().requestedBy()
                        + "'s request to " + latest.get().targetStage().value() + " is still pending");
            }
            PromotionRequest pending = PromotionRequest.pending(name, version, model.stage(), targetStage,
                    requestedBy, justification, audit.now());
            PromotionRequest stored = pending.withId(tx.models().insertRequest(pending));
            audit.append(tx, EventType.APPROVAL_REQUESTED, EventSeverity.INFO, requestedBy, MODEL, model.ref(),
                    "request_promotion", Rows.details("request_id", stored.id(), "from_stage", model.stage().value(),
                            "target_stage", targetStage.value(), "justification", justification));
            return stored;
        });
    }

    @Override
    public PromotionRequest approvePromotion(String name, String version, String approver, String comment) {
        requireModelKey(name, version);
        Checks.required("approver", approver);
        return store.write(tx -> {
            PromotionRequest request = pendingRequest(tx, name, version, approver, "approve");
            if (samePerson(request.requestedBy(), approver)) {
                throw new RegistryRefusalException(approver + " cannot approve the promotion of model " + name
                        + " version " + version + ": " + approver + " requested it; another person must approve");
            }
            String account = audit.osAccount();
            if (requesterAccount(tx, request).filter(account::equals).isPresent()) {
                throw new RegistryRefusalException(approver + " cannot approve the promotion of model " + name
                        + " version " + version + ": it was requested by " + request.requestedBy()
                        + " from the same OS account (" + account + "); another person must approve from their own");
            }
            ModelVersion model = load(tx, name, version);
            if (model.stage() != request.fromStage()) {
                throw new RegistryRefusalException(approver + " cannot approve the promotion of model " + name
                        + " version " + version + ": it was requested from " + request.fromStage().value()
                        + " but the model is now " + model.stage().value());
            }
            PromotionRequest approved = request.decided(PromotionStatus.APPROVED, approver, comment, audit.now());
            tx.models().updateRequest(approved);
            tx.models().updateStage(name, version, request.targetStage());
            audit.append(tx, EventType.APPROVAL_GRANTED, EventSeverity.INFO, approver, MODEL, model.ref(),
                    "approve_promotion", Rows.details("request_id", request.id(), "requested_by", request.requestedBy(),
                            "target_stage", request.targetStage().value(), "comment", comment));
            audit.append(tx, EventType.MODEL_PROMOTED, EventSeverity.INFO, approver, MODEL, model.ref(),
                    "promote", Rows.details("from_stage", model.stage().value(),
                            "to_stage", request.targetStage().value(), "request_id", request.id()));
            return approved;
        });
    }

    @Override
    public PromotionRequest rejectPromotion(String name, String version, String reviewer, String reason) {
        requireModelKey(name, version);
        Checks.required("reviewer", reviewer);
        Checks.required("reason", reason);
        return store.write(tx -> {
            PromotionRequest request = pendingRequest(tx, name, version, reviewer, "reject");
            PromotionRequest rejected = request.decided(PromotionStatus.REJECTED, reviewer, reason, audit.now());
            tx.models().updateRequest(rejected);
            audit.append(tx, EventType.APPROVAL_REJECTED, EventSeverity.WARNING, reviewer, MODEL,
                    request.modelRef(), "reject_promotion", Rows.details("request_id", request.id(),
                            "requested_by", request.requestedBy(), "target_stage", request.targetStage().value(),
                            "reason", reason));
            return rejected;
        });
    }

    @Override
    public ModelVersion archiveModel(String name, String version, String user) {
        requireModelKey(name, version);
        Checks.name("user", user);
        return store.write(tx -> {
            ModelVersion model = load(tx, name, version);
            if (model.stage() == ModelStage.ARCHIVED) {
                throw new RegistryRefusalException(user + " cannot archive model " + name + " version " + version
                        + ": it is already archived");
            }
            Optional<PromotionRequest> latest = tx.models().latestRequest(name, version);
            if (latest.isPresent() && latest.get().isPending()) {
                throw new RegistryRefusalException(user + " cannot archive model " + name + " version " + version
                        + ": " + latest.get().requestedBy() + "'s promotion request is pending; reject it first");
            }
            tx.models().updateStage(name, version, ModelStage.ARCHIVED);
            audit.append(tx, EventType.MODEL_ARCHIVED, EventSeverity.INFO, user, MODEL, model.ref(), "archive",
                    Rows.details("previous_stage", model.stage().value()));
            return model.withStage(ModelStage.ARCHIVED);
        });
    }

    @Override
    public ModelVersion getModel(String name, String version) {
        requireModelKey(name, version);
        return store.read(tx -> load(tx, name, version));
    }

    @Override
    public List<ModelVersion> listModels(String nameOrNull, ModelStage stageOrNull) {
        return store.read(tx -> tx.models().list(nameOrNull, stageOrNull));
    }

    @Override
    public Optional<ModelVersion> getLatestVersion(String name, ModelStage stageOrNull) {
        Checks.required("name", name);
        return newest(listModels(name, stageOrNull), null);
    }

    @Override
    public ModelComparison compareModels(String name, String leftVersion, String rightVersion) {
        return ModelComparison.of(getModel(name, leftVersion), getModel(name, rightVersion));
    }

    @Override
    public List<PromotionRequest> pendingPromotions() {
        return promotions(PromotionStatus.PENDING);
    }

    @Override
    public List<PromotionRequest> promotions(PromotionStatus statusOrNull) {
        return store.read(tx -> tx.models().requests(statusOrNull));
    }

    @Override
    public Optional<PromotionRequest> latestPromotion(String name, String version) {
        requireModelKey(name, version);
        return store.read(tx -> tx.models().latestRequest(name, version));
    }

    @Override
    public Optional<ModelVersion> productionVersion(String name, String candidateVersion) {
        Checks.required("name", name);
        return newest(listModels(name, ModelStage.PRODUCTION), candidateVersion);
    }

    /**
     * The newest shadow deployment whose shadow is the candidate and whose primary is the production
     * version; without one, the newest shadow of the candidate against anything (its primary is shown).
     */
    @Override
    public ShadowReview shadowReview(PromotionRequest request, ReadinessCriteria criteria) {
        if (request == null) {
            throw new InvalidInputException("promotion request", null, "is required");
        }
        ReadinessCriteria judge = criteria == null ? ReadinessCriteria.DEFAULTS : criteria;
        ModelVersion candidate = getModel(request.modelName(), request.version());
        ModelVersion production = productionVersion(request.modelName(), request.version()).orElse(null);
        ModelComparison metrics = production == null ? null : ModelComparison.of(production, candidate);
        List<ShadowDeployment> ofCandidate = queries.listShadowDeployments().stream()
                .filter(s -> s.shadowModel().equals(candidate.ref())).toList();
        ShadowDeployment shadow = ofCandidate.stream()
                .filter(s -> production != null && s.primaryModel().equals(production.ref()))
                .findFirst().orElse(ofCandidate.isEmpty() ? null : ofCandidate.get(0));
        ShadowFindings findings = shadow == null ? ShadowFindings.NONE
                : shadows.compareWithEvidence(shadow.shadowId());
        ShadowReport report = findings.report();
        return new ShadowReview(request, candidate, production, metrics, shadow, report, judge.judge(report),
                findings.evidence());
    }

    private static Optional<ModelVersion> newest(List<ModelVersion> models, String excludedVersion) {
        return models.stream().filter(m -> !m.version().equals(excludedVersion))
                .max(Comparator.comparing(ModelVersion::createdAt));
    }

    private static PromotionRequest pendingRequest(RegistryTransaction tx, String name, String version,
                                                   String person, String verb) {
        load(tx, name, version);
        PromotionRequest request = tx.models().latestRequest(name, version).orElseThrow(() ->
                new RegistryRefusalException(person + " cannot " + verb + " the promotion of model " + name
                        + " version " + version + ": nobody requested one"));
        if (!request.isPending()) {
            throw new RegistryRefusalException(person + " cannot " + verb + " the promotion of model " + name
                    + " version " + version + ": the request is no longer pending (" + request.status().value()
                    + " by " + request.reviewer() + " at " + request.reviewedAt() + ")");
        }
        return request;
    }

    private static ModelVersion load(RegistryTransaction tx, String name, String version) {
        return tx.models().find(name, version)
                .orElseThrow(() -> new NotFoundException("Model", name + " version " + version));
    }

    private static void requireModelKey(String name, String version) {
        Checks.required("name", name);
        Checks.required("version", version);
    }

    /** The OS account its APPROVAL_REQUESTED event recorded; empty for requests made before accounts were. */
    private static Optional<String> requesterAccount(RegistryTransaction tx, PromotionRequest request) {
        return tx.audit().query(new AuditQuery(EventType.APPROVAL_REQUESTED, null, null,
                        request.modelName() + ":" + request.version(), null, null)).stream()
                .map(event -> Json.readMap(event.detailsJson()))
                .filter(details -> details.get("request_id") instanceof Number id && id.longValue() == request.id())
                .map(details -> details.get(AuditChain.OS_ACCOUNT))
                .filter(String.class::isInstance).map(String.class::cast).findFirst();
    }

    private static boolean samePerson(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
