package io.bellwether.ui.review;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.PreDeploymentChecklist;
import io.bellwether.application.port.in.ShadowReview;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.LatencySummary;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.PreDeploymentItem;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.PromotionStatus;
import io.bellwether.domain.PyFormat;
import io.bellwether.domain.ReadinessCriteria;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.ShadowReport;
import io.bellwether.io.ShadowReviewReport;
import io.bellwether.io.ShadowReviewText;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.Command;
import io.bellwether.ui.common.Loader;
import io.bellwether.ui.common.StatusLine;
import io.bellwether.ui.common.VerdictLines;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The manager's review: the requests waiting for a decision (and approved promotions to production
 * that have no deployment yet), the evidence for the selected one, Approve and Reject with a required
 * comment, and "Create canary" for an approved promotion, prefilled as the guide's canary: balanced
 * rollback preset, 5 % initial traffic rising by 5 % a day.
 */
public final class ReviewViewModel {
    /** The guide's canary schedule metadata; the initial traffic is the form's. */
    static final Map<String, Object> CANARY_SCHEDULE = Map.of("target_traffic", 1.0, "increment", 0.05,
            "increment_interval_hours", 24);
    static final String DEFAULT_ENVIRONMENT = "production";
    /** The guide's first canary step, in percent as the form shows it. */
    static final String DEFAULT_INITIAL_TRAFFIC = "5";

    /** One offline metric of the production version and the candidate. */
    public record MetricLine(String metric, String production, String candidate, String difference) {
    }

    /** One latency statistic of the shadow comparison, in seconds. */
    public record LatencyLine(String statistic, double primary, double shadow) {
    }

    /** The texts of the selected request's evidence: the request, what the metrics compare, the shadow run, the verdict. */
    public record Evidence(String request, String metricsTitle, String shadow, VerdictLines verdict) {
        static final Evidence NONE = new Evidence("", "Offline metrics", "", VerdictLines.NONE);
    }

    private final ModelRegistry registry;
    private final Workspace workspace;
    private final AuditTrail audit;
    private final TaskExecutor executor;
    private final Supplier<String> operator;
    private final ReadinessCriteria criteria;

    private final ObservableList<PromotionRequest> requests = FXCollections.observableArrayList();
    private final ObjectProperty<PromotionRequest> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<ShadowReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ObservableList<MetricLine> metricLines = FXCollections.observableArrayList();
    private final ObservableList<LatencyLine> latencyLines = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Evidence> evidence = new ReadOnlyObjectWrapper<>(this, "evidence", Evidence.NONE);
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final StringProperty canaryEnvironment = new SimpleStringProperty(this, "canaryEnvironment",
            DEFAULT_ENVIRONMENT);
    private final StringProperty canaryInitialTraffic = new SimpleStringProperty(this, "canaryInitialTraffic",
            DEFAULT_INITIAL_TRAFFIC);
    private final StatusLine status = new StatusLine();
    private final io.bellwether.ui.shadow.EvidencePanelModel shadowEvidence = new io.bellwether.ui.shadow.EvidencePanelModel();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyStringWrapper createdDeployment = new ReadOnlyStringWrapper(this, "createdDeployment");
    private io.bellwether.ui.ConsoleNavigator navigator = io.bellwether.ui.ConsoleNavigator.NOWHERE;
    private final Loader listLoader;
    private final Loader reviewLoader;
    private final Loader followLoader;
    private final Command approve;
    private final Command reject;
    private final Command createCanary;
    private final Command export;
    private final ObservableList<PromotionRequest> requestsView = FXCollections.unmodifiableObservableList(requests);
    private final ObservableList<MetricLine> metricLinesView = FXCollections.unmodifiableObservableList(metricLines);
    private final ObservableList<LatencyLine> latencyLinesView = FXCollections.unmodifiableObservableList(latencyLines);
    private final ObservableList<String> historyView = FXCollections.unmodifiableObservableList(history);
    private Path exportTarget;

    public ReviewViewModel(ModelRegistry registry, Workspace workspace, AuditTrail audit,
                           TaskExecutor executor, Supplier<String> operator) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.criteria = ReadinessCriteria.DEFAULTS;
        listLoader = new Loader(executor);
        reviewLoader = new Loader(executor);
        followLoader = new Loader(executor);
        var decidable = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().isPending()
                && !comment.get().isBlank() && !status.isBusy(), selected, comment, status.busyProperty());
        approve = new Command("Approve", decidable, executor, worker -> decide(worker, true));
        reject = new Command("Reject", decidable, executor, worker -> decide(worker, false));
        createCanary = new Command("Create canary", Bindings.createBooleanBinding(() -> isCanaryCandidate(selected.get())
                && createdDeployment.get() == null && !status.isBusy() && !canaryEnvironment.get().isBlank(),
                selected, createdDeployment, status.busyProperty(), canaryEnvironment), executor, this::createCanary);
        export = new Command("Export report", Bindings.createBooleanBinding(() -> review.get() != null && !status.isBusy(),
                review, status.busyProperty()), executor, this::exportReport);
        status.busyWhile(listLoader.busyProperty().or(reviewLoader.busyProperty()).or(followLoader.busyProperty())
                .or(approve.runningProperty()).or(reject.runningProperty()).or(createCanary.runningProperty())
                .or(export.runningProperty()));
        selected.addListener((observable, before, now) -> {
            if (before == null || now == null || before.id() != now.id()) {
                createdDeployment.set(null);
                status.say("");
                canaryEnvironment.set(DEFAULT_ENVIRONMENT);
                canaryInitialTraffic.set(DEFAULT_INITIAL_TRAFFIC);
            }
            loadReview(now);
        });
    }

    /** Told the id of a canary created from an approved promotion, which is news to the shell's list. */
    public void setOnStoredChange(Consumer<String> changedDeploymentId) {
        createdDeployment.addListener((obs, old, id) -> {
            if (id != null) {
                changedDeploymentId.accept(id);
            }
        });
    }

    /** Reloads the list, keeping the selected request selected (or the first one when it is gone). */
    public void refresh() {
        PromotionRequest keep = selected.get();
        load(listLoader, "load the promotion requests", this::reviewable, list -> {
            requests.setAll(list);
            selected.set(list.stream().filter(r -> keep != null && r.id() == keep.id()).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        });
    }

    public void approve() {
        refuseUnlessDecidable();
        approve.execute();
    }

    public void reject() {
        refuseUnlessDecidable();
        reject.execute();
    }

    private void refuseUnlessDecidable() {
        if (!approve.isExecutable()) {
            throw new IllegalStateException("Select a pending request and write a comment first");
        }
    }

    private void decide(TaskExecutor worker, boolean approve) {
        PromotionRequest request = selected.get();
        String text = comment.get().strip();
        String who = operator.get();
        act(worker, approve ? "approve the promotion" : "reject the promotion",
                () -> approve ? registry.approvePromotion(request.modelName(), request.version(), who, text)
                        : registry.rejectPromotion(request.modelName(), request.version(), who, text),
                decided -> {
                    comment.set("");
                    status.say((approve ? "Approved " : "Rejected ") + decided.modelRef() + " for "
                            + decided.targetStage().value() + (isCanaryCandidate(decided)
                            ? ": create the canary to roll it out" : ""));
                    replace(decided);
                });
    }

    /** Creates the canary of the selected approved promotion; its id lands in {@link #createdDeploymentProperty()}. */
    public void createCanary() {
        if (!createCanary.isExecutable()) {
            throw new IllegalStateException("Select an approved promotion to production first");
        }
        createCanary.execute();
    }

    private void createCanary(TaskExecutor worker) {
        Double initialShare = initialTrafficShare();
        if (initialShare == null) {
            failed.set(true);
            status.say("Initial traffic must be a percentage above 0 and at most 100 (got \""
                    + canaryInitialTraffic.get() + "\")");
            return;
        }
        PromotionRequest request = selected.get();
        String who = operator.get();
        String environment = canaryEnvironment.get().strip();
        ShadowReview evidence = review.get();
        String reason = comment.get().strip();
        act(worker, "create the canary", () -> {
            goOnDespiteUnmetItems(request, environment, reason, who);
            return workspace.lifecycle().createDeployment(canaryRequest(request, evidence, who, environment, initialShare));
        }, created -> {
            createdDeployment.set(created.deploymentId());
            comment.set("");
            status.say("Created canary " + created.deploymentId() + " (pending: start it from the deployments list)");
        });
    }

    /**
     * The guide's checklist before a canary: with unmet items the operator's comment is the reason to go on,
     * audited (CHECKLIST_OVERRIDDEN) with the items; without one the canary is not created.
     */
    private void goOnDespiteUnmetItems(PromotionRequest request, String environment, String reason, String who) {
        PreDeploymentChecklist.Answers answers = workspace.checklist().answer(request.modelName(), request.version(),
                environment);
        if (answers.allMet()) {
            return;
        }
        if (reason.isEmpty()) {
            throw new IllegalStateException(answers.unmet().size() + " pre-deployment checklist items are not met ("
                    + answers.unmet().stream().map(PreDeploymentItem::title).collect(Collectors.joining("; "))
                    + "): write in the comment why the canary goes ahead anyway");
        }
        workspace.checklist().override(request.modelName(), request.version(), answers.unmet(), reason, who);
    }

    /** The form's initial traffic as a share in (0, 1], or null when it is not a percentage in (0, 100]. */
    private Double initialTrafficShare() {
        try {
            double percent = Double.parseDouble(canaryInitialTraffic.get().strip().replace("%", "").strip());
            return percent > 0 && percent <= 100 ? percent / 100 : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The deployment "Create canary" makes for {@code request}. */
    private DeploymentRequest canaryRequest(PromotionRequest request, ShadowReview evidence, String createdBy,
                                            String environment, double initialShare) {
        DeploymentRequest.Builder builder = DeploymentRequest.builder(request.modelName(), request.version(),
                DeploymentStrategy.CANARY, createdBy)
                .environment(environment)
                .rollbackConfig(RollbackConfig.BALANCED)
                .metadata(CANARY_SCHEDULE)
                .metadata("initial_traffic", initialShare)
                .metadata("promotion_request", request.id())
                .metadata("approved_by", request.reviewer());
        if (evidence != null && evidence.production() != null) {
            builder.metadata("replaces", evidence.production().ref());
            productionMetrics(evidence.production().name(), evidence.production().version(), environment)
                    .ifPresent(builder::baselineMetrics);
        }
        return builder.build();
    }

    /** Writes the forwardable HTML report of the selected request. */
    public void exportReport(Path file) {
        if (review.get() == null || file == null || !export.isExecutable()) {
            return;
        }
        exportTarget = file;
        export.execute();
    }

    private void exportReport(TaskExecutor worker) {
        ShadowReview current = review.get();
        Path file = exportTarget;
        String environment = canaryEnvironment.get().strip();
        act(worker, "export the review", () -> {
            PromotionRequest request = current.request();
            ShadowReviewReport.write(current, workspace.checklist().answer(request.modelName(), request.version(),
                    environment), Instant.now(), file);
            return file;
        }, written -> status.say("Wrote " + written));
    }

    /**
     * Follows the shell's selection: a deployment or shadow deployment of a model version with a
     * listed request selects that request; anything else leaves the selection as it is.
     */
    public void show(String deploymentIdOrNull) {
        if (deploymentIdOrNull == null) {
            return;
        }
        load(followLoader, "follow the selected deployment", () -> modelRefOf(deploymentIdOrNull), ref -> requests.stream()
                .filter(r -> r.modelRef().equals(ref) && ref != null).findFirst().ifPresent(selected::set));
    }

    private String modelRefOf(String id) {
        if (workspace.queries().listShadowDeployments().stream().anyMatch(s -> s.shadowId().equals(id))) {
            return workspace.queries().getShadowDeployment(id).shadowModel();
        }
        try {
            return workspace.queries().getDeployment(id).modelRef();
        } catch (NotFoundException gone) {
            return null;
        }
    }

    private List<PromotionRequest> reviewable() {
        List<PromotionRequest> list = new ArrayList<>(registry.pendingPromotions());
        java.util.Set<String> deployed = workspace.queries().listDeployments(null, null).stream()
                .map(Deployment::modelRef).collect(java.util.stream.Collectors.toSet());
        registry.promotions(PromotionStatus.APPROVED).stream()
                .filter(r -> r.targetStage() == ModelStage.PRODUCTION && !deployed.contains(r.modelRef()))
                .forEach(list::add);
        return list;
    }

    private void replace(PromotionRequest decided) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).id() == decided.id()) {
                if (decided.status() == PromotionStatus.REJECTED) {
                    requests.remove(i);
                    selected.set(requests.isEmpty() ? null : requests.get(Math.min(i, requests.size() - 1)));
                } else {
                    requests.set(i, decided);
                    selected.set(decided);
                }
                return;
            }
        }
    }

    private void loadReview(PromotionRequest request) {
        if (request == null) {
            reviewLoader.cancel();
            show(null, List.of());
            return;
        }
        load(reviewLoader, "load the review of " + request.modelRef(), () -> new Loaded(registry.shadowReview(request,
                criteria), audit.query(new AuditQuery(null, null, null, request.modelRef(), null, null))),
                loaded -> show(loaded.review(), loaded.events()));
    }

    private record Loaded(ShadowReview review, List<AuditEvent> events) {
    }

    private void show(ShadowReview r, List<AuditEvent> events) {
        review.set(r);
        history.setAll(events.stream()
                .map(e -> toTheSecond(e.timestamp()) + "  " + e.type() + "  " + e.user()).toList());
        if (r == null) {
            evidence.set(Evidence.NONE);
            shadowEvidence.clear();
            metricLines.clear();
            latencyLines.clear();
            return;
        }
        PromotionRequest q = r.request();
        String request = q.modelRef() + ": " + q.fromStage().value() + " to " + q.targetStage().value()
                + ", requested by " + q.requestedBy() + " at " + toTheSecond(q.requestedAt())
                + "\n\u201c" + q.justification() + "\u201d"
                + (q.reviewer() == null ? "" : "\n" + q.status().value() + " by " + q.reviewer()
                + (q.comment() == null ? "" : ": " + q.comment()));
        metricLines.setAll(metricLines(r));
        String metricsTitle = r.production() == null
                ? "Offline metrics of " + r.candidate().version() + " (nothing in production)"
                : "Offline metrics: " + r.production().version() + " (production) against "
                        + r.candidate().version();
        ShadowReport report = r.report();
        String shadow = !r.hasShadow() ? "No shadow deployment ran " + r.candidate().ref() + ": nothing to judge."
                : r.shadow().shadowId() + ": " + r.shadow().shadowModel() + " beside " + r.shadow().primaryModel()
                + ", " + report.totalRequests() + " requests, agreement "
                + PyFormat.percent(report.agreementRate(), 2);
        latencyLines.setAll(report.isEmpty() ? List.of()
                : latencyLines(report.primaryLatency(), report.shadowLatency()));
        evidence.set(new Evidence(request, metricsTitle, shadow, VerdictLines.of(r.verdict())));
        if (r.hasShadow()) {
            shadowEvidence.show(r.evidence(), r.verdict().maxP95Ratio());
        } else {
            shadowEvidence.clear();
        }
    }

    private static List<MetricLine> metricLines(ShadowReview r) {
        if (r.metrics() == null) {
            return r.candidate().metrics().entrySet().stream()
                    .map(e -> new MetricLine(e.getKey(), "\u2013", PyFormat.fixed(e.getValue(), 4), "\u2013")).toList();
        }
        return r.metrics().rows().stream().map(m -> new MetricLine(m.metric(), ShadowReviewText.number(m.left()),
                ShadowReviewText.number(m.right()), ShadowReviewText.signed(m.difference()))).toList();
    }

    private static List<LatencyLine> latencyLines(LatencySummary primary, LatencySummary shadow) {
        return List.of(new LatencyLine("P50", primary.p50(), shadow.p50()),
                new LatencyLine("P95", primary.p95(), shadow.p95()),
                new LatencyLine("P99", primary.p99(), shadow.p99()));
    }

    private java.util.Optional<PerformanceMetrics> productionMetrics(String name, String version,
                                                                     String environment) {
        return workspace.queries().listDeployments(DeploymentStatus.ACTIVE, environment).stream()
                .filter(d -> d.modelName().equals(name) && d.modelVersion().equals(version))
                .map(d -> d.currentMetrics() != null ? d.currentMetrics() : d.baselineMetrics())
                .filter(Objects::nonNull).findFirst();
    }

    private static String toTheSecond(Instant time) {
        return io.bellwether.ui.common.DisplayFormats.time(time);
    }

    private static boolean isCanaryCandidate(PromotionRequest r) {
        return r != null && r.status() == PromotionStatus.APPROVED && r.targetStage() == ModelStage.PRODUCTION;
    }

    private <T> void load(Loader loader, String doing, Callable<T> work, Consumer<T> then) {
        loader.load(work, succeeded(then), failure(doing));
    }

    private <T> void act(TaskExecutor worker, String doing, Callable<T> work, Consumer<T> then) {
        worker.run(work, succeeded(then), failure(doing));
    }

    private <T> Consumer<T> succeeded(Consumer<T> then) {
        return result -> {
            failed.set(false);
            then.accept(result);
        };
    }

    private Consumer<Throwable> failure(String doing) {
        return error -> {
            failed.set(true);
            status.say("Could not " + doing + ": " + (error.getMessage() == null ? error.getClass().getSimpleName()
                    : error.getMessage()));
        };
    }

    public ObservableList<PromotionRequest> requests() {
        return requestsView;
    }

    public ObjectProperty<PromotionRequest> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ShadowReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public ObservableList<MetricLine> metricLines() {
        return metricLinesView;
    }

    public ObservableList<LatencyLine> latencyLines() {
        return latencyLinesView;
    }

    /** The audit events of the selected model version, oldest first, one line each. */
    public ObservableList<String> history() {
        return historyView;
    }

    public ReadOnlyObjectProperty<Evidence> evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    public StringProperty commentProperty() {
        return comment;
    }

    /** Where "Create canary" deploys; prefilled with production. */
    public StringProperty canaryEnvironmentProperty() {
        return canaryEnvironment;
    }

    /** The canary's first traffic step in percent; prefilled with the guide's 5. */
    public StringProperty canaryInitialTrafficProperty() {
        return canaryInitialTraffic;
    }

    /** Whether the message reports a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty createdDeploymentProperty() {
        return createdDeployment.getReadOnlyProperty();
    }

    public Command approveCommand() {
        return approve;
    }

    public Command rejectCommand() {
        return reject;
    }

    public Command createCanaryCommand() {
        return createCanary;
    }

    /** Executable when there is a review to export; the view asks for the file and calls {@link #exportReport(Path)}. */
    public Command exportCommand() {
        return export;
    }

    /** The statistical evidence of the shadow under review, beside the guide's verdict. */
    public io.bellwether.ui.shadow.EvidencePanelModel shadowEvidence() {
        return shadowEvidence;
    }

    /** Where the checklist's evidence links go (the shell's tabs); nowhere until the shell sets it. */
    public void setNavigator(io.bellwether.ui.ConsoleNavigator navigator) {
        this.navigator = Objects.requireNonNull(navigator, "navigator");
    }

    /** Goes to the place of a checklist item's evidence (its shadow, its audit event, its settings). */
    public void openEvidence(io.bellwether.domain.PreDeploymentCheck.Link link) {
        navigator.open(link);
    }

    /** The checklist panel of the version under review. */
    public ChecklistPanelModel checklistPanel() {
        return new ChecklistPanelModel(workspace.checklist(), executor);
    }

    /** A disagreement browser for the shadow of the review shown, for its own window. */
    public io.bellwether.ui.shadow.DisagreementBrowserViewModel disagreementBrowser() {
        return new io.bellwether.ui.shadow.DisagreementBrowserViewModel(workspace.shadows().disagreements(), executor);
    }

    /** The outcome of the last action, and whether work is in flight. */
    public StatusLine status() {
        return status;
    }
}
