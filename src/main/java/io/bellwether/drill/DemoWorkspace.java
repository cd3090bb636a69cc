package io.bellwether.drill;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowDeployment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds the deployment guide's fraud_detector story through the Java API only, moving a
 * {@link SimulatedClock} so the history lies in the past of {@code now}:
 * a completed blue-green of v1.0.0 (30 days ago); a shadow deployment of v2.0.0 against v1.0.0
 * with {@link #SHADOW_COMPARISONS} comparisons recorded in batches over a week (21 to 14 days
 * ago); a canary of v1.5.0 that checkDeploymentHealth rolled back automatically (12 days ago);
 * a canary of v2.0.0 at its second stage (10%) with two days of hourly health checks; and a
 * pending direct deployment of v2.1.0 in staging. With a model registry, also the approvals behind
 * that story and a pending promotion of v2.1.0 to production, backed by a short shadow test against
 * v2.0.0, for a manager to review.
 */
public final class DemoWorkspace {
    public static final String MODEL = "fraud_detector";
    public static final int SHADOW_COMPARISONS = 300_000;
    public static final int SHADOW_BATCH = 10_000;
    static final String DEVOPS = "devops@company.com";
    static final String SRE = "sre-engineer@company.com";
    static final String SCIENTIST = "data_scientist@company.com";
    static final String ML_ENGINEER = "ml_engineer@company.com";
    static final String MANAGER = "ml_manager@company.com";
    public static final int REVIEW_COMPARISONS = 20_000;
    /** The guide's baseline for the production model. */
    static final PerformanceMetrics BASELINE = new PerformanceMetrics(0.035, 0.050, 0.075, 0.001, 1000.0);

    /** Receives the fraction done (0..1) and the step being built. */
    @FunctionalInterface
    public interface Progress {
        void update(double fraction, String step);
    }

    /** The ids of what was built. */
    public record Summary(String blueGreenId, String shadowId, String rolledBackCanaryId, String canaryId,
                          String pendingId, RollbackDecision automatedRollback) {
    }

    private final Workspace workspace;
    private final SimulatedClock clock;
    private final Instant now;
    private final Random random;
    private final DemoResults results;
    private ModelRegistry registry;
    private DemoAccounts accounts = new DemoAccounts();

    /**
     * @param clock the clock the workspace behind {@code deployments} was opened with
     * @param now   the moment the story ends (normally the real current time)
     */
    public DemoWorkspace(Workspace workspace, SimulatedClock clock, Instant now, long seed) {
        this.workspace = workspace;
        this.clock = clock;
        this.now = now;
        this.random = new Random(seed);
        this.results = new DemoResults(seed);
    }

    /**
     * Also writes the registry's side of the story (registrations, approvals, a pending review), each
     * request and approval from its person's own account in {@code actingAccounts}: the accounts the
     * workspace behind {@code modelRegistry} was opened with.
     */
    public DemoWorkspace withRegistry(ModelRegistry modelRegistry, DemoAccounts actingAccounts) {
        this.registry = modelRegistry;
        this.accounts = actingAccounts;
        return this;
    }

    public Summary build(Progress progress) {
        progress.update(0.0, "Blue-green deployment of v1.0.0");
        promoted("v1.0.0", ago(Duration.ofDays(35)), Map.of("accuracy", 0.94, "f1", 0.88),
                "Baseline fraud model, validated offline");
        String blueGreen = blueGreen(ago(Duration.ofDays(30)));
        registered("v2.0.0", ago(Duration.ofDays(22)), Map.of("accuracy", 0.96, "f1", 0.91));
        String shadow = shadow(ago(Duration.ofDays(21)), Duration.ofDays(7), progress);
        progress.update(0.9, "Canary of v1.5.0 rolled back by the engine");
        promoted("v1.5.0", ago(Duration.ofDays(13)), Map.of("accuracy", 0.95, "f1", 0.90),
                "Faster feature pipeline; accuracy on par");
        Rollback rolledBack = rolledBackCanary(ago(Duration.ofDays(12)));
        if (registry != null) {
            clock.set(ago(Duration.ofDays(12)).plus(Duration.ofHours(9)));
            registry.archiveModel(MODEL, "v1.5.0", MANAGER);
        }
        progress.update(0.95, "Canary of v2.0.0 at its second stage");
        approved("v2.0.0", ago(Duration.ofDays(3)), "Model exceeds accuracy requirements; shadow agreement 97%");
        String canary = canary(ago(Duration.ofHours(44)));
        clock.set(ago(Duration.ofMinutes(19)));
        String pending = workspace.lifecycle().createDeployment(DeploymentRequest.builder(MODEL, "v2.1.0",
                DeploymentStrategy.DIRECT, SCIENTIST).environment("staging").build()).deploymentId();
        if (registry != null) {
            registered("v2.1.0", ago(Duration.ofMinutes(18)), Map.of("accuracy", 0.965, "f1", 0.92));
            reviewShadow(ago(Duration.ofMinutes(17)), Duration.ofMinutes(10));
            clock.set(ago(Duration.ofMinutes(5)));
            accounts.actAs(ML_ENGINEER);
            registry.requestPromotion(MODEL, "v2.1.0", ModelStage.PRODUCTION, ML_ENGINEER,
                    "Recalibrated thresholds: +0.5 pt accuracy; shadow against v2.0.0 agrees on 98% of requests");
        }
        progress.update(1.0, "Demo workspace ready");
        return new Summary(blueGreen, shadow, rolledBack.id(), canary, pending, rolledBack.decision());
    }

    private void registered(String version, Instant at, Map<String, Double> metrics) {
        if (registry != null) {
            clock.set(at);
            registry.registerModel(MODEL, version, "s3://models/" + MODEL + "/" + version + "/model.pt", "pytorch",
                    SCIENTIST, metrics);
        }
    }

    /** Requests the promotion to production at {@code at} and has the manager approve it an hour later. */
    private void approved(String version, Instant at, String justification) {
        if (registry != null) {
            clock.set(at);
            accounts.actAs(ML_ENGINEER);
            registry.requestPromotion(MODEL, version, ModelStage.PRODUCTION, ML_ENGINEER, justification);
            clock.set(at.plus(Duration.ofHours(1)));
            accounts.actAs(MANAGER);
            registry.approvePromotion(MODEL, version, MANAGER, "Evidence reviewed; proceed with a canary");
        }
    }

    private void promoted(String version, Instant at, Map<String, Double> metrics, String justification) {
        registered(version, at, metrics);
        approved(version, at.plus(Duration.ofHours(2)), justification);
    }

    /** A short shadow test of v2.1.0 against v2.0.0, the evidence of the pending review. */
    private void reviewShadow(Instant start, Duration span) {
        clock.set(start);
        ShadowDeployment shadow = workspace.shadows().shadowDeploy(MODEL + ":v2.0.0", MODEL + ":v2.1.0", 10.0, Operators.systemUser());
        List<ShadowComparison> batch = new ArrayList<>(REVIEW_COMPARISONS);
        long stepMillis = span.toMillis() / REVIEW_COMPARISONS;
        Instant at = start;
        for (int i = 0; i < REVIEW_COMPARISONS; i++) {
            at = at.plusMillis(stepMillis);
            batch.add(results.comparison(at, lognormal(0.034, 0.25), lognormal(0.033, 0.25),
                    random.nextDouble() < 0.981));
        }
        clock.set(at);
        workspace.shadows().recordShadowComparisons(shadow.shadowId(), batch, Operators.systemUser());
    }

    private Instant ago(Duration duration) {
        return now.minus(duration);
    }

    private String blueGreen(Instant start) {
        clock.set(start);
        Deployment green = workspace.lifecycle().createDeployment(DeploymentRequest.builder(MODEL, "v1.0.0",
                        DeploymentStrategy.BLUE_GREEN, DEVOPS).environment("production-green")
                .metadata(Map.of("active_environment", "blue", "target_environment", "green")).build());
        clock.set(start.plus(Duration.ofMinutes(20)));
        workspace.lifecycle().startDeployment(green.deploymentId(), DEVOPS);
        for (int i = 1; i <= 3; i++) {
            clock.set(start.plus(Duration.ofMinutes(20 + 30L * i)));
            workspace.health().addHealthCheck(green.deploymentId(), HealthStatus.HEALTHY, jitter(BASELINE, 0.04, 1000),
                    "Smoke tests passed on green", Operators.systemUser());
        }
        clock.set(start.plus(Duration.ofHours(2)));
        workspace.health().updateMetrics(green.deploymentId(), jitter(BASELINE, 0.03, 1000), Operators.systemUser());
        workspace.lifecycle().completeDeployment(green.deploymentId(), DEVOPS);
        return green.deploymentId();
    }

    private String shadow(Instant start, Duration span, Progress progress) {
        clock.set(start);
        ShadowDeployment shadow = workspace.shadows().shadowDeploy(MODEL + ":v1.0.0", MODEL + ":v2.0.0", 100.0, Operators.systemUser());
        int batches = SHADOW_COMPARISONS / SHADOW_BATCH;
        long stepMillis = span.toMillis() / SHADOW_COMPARISONS;
        Instant at = start.plus(Duration.ofMinutes(5));
        for (int b = 0; b < batches; b++) {
            List<ShadowComparison> batch = new ArrayList<>(SHADOW_BATCH);
            for (int i = 0; i < SHADOW_BATCH; i++) {
                at = at.plusMillis(stepMillis);
                double primary = lognormal(0.035, 0.25);
                double candidate = lognormal(0.033, 0.27);
                batch.add(results.comparison(at, primary, candidate, random.nextDouble() < 0.974));
            }
            clock.set(at);
            workspace.shadows().recordShadowComparisons(shadow.shadowId(), batch, Operators.systemUser());
            progress.update(0.02 + 0.86 * (b + 1) / batches,
                    "Shadow comparisons: " + (b + 1) * SHADOW_BATCH + " of " + SHADOW_COMPARISONS);
        }
        return shadow.shadowId();
    }

    private record Rollback(String id, RollbackDecision decision) {
    }

    private Rollback rolledBackCanary(Instant start) {
        Deployment canary = startedCanary("v1.5.0", linearPlan(), start, Duration.ofMinutes(10));
        for (int hour = 1; hour <= 6; hour++) {
            clock.set(start.plus(Duration.ofHours(hour)));
            workspace.health().addHealthCheck(canary.deploymentId(), HealthStatus.HEALTHY, jitter(BASELINE, 0.05, 50),
                    "Canary within thresholds", Operators.systemUser());
        }
        PerformanceMetrics degraded = new PerformanceMetrics(0.039, 0.068, 0.101, 0.009, 50.0);
        clock.set(start.plus(Duration.ofHours(7)));
        workspace.health().addHealthCheck(canary.deploymentId(), HealthStatus.DEGRADED, degraded,
                "p95 latency rising after a feature store deploy", Operators.systemUser());
        PerformanceMetrics failing = new PerformanceMetrics(0.041, 0.081, 0.122, 0.023, 50.0);
        clock.set(start.plus(Duration.ofHours(8)));
        workspace.health().addHealthCheck(canary.deploymentId(), HealthStatus.UNHEALTHY, failing,
                "Error rate 2.3% on the canary slice", Operators.systemUser());
        workspace.health().updateMetrics(canary.deploymentId(), failing, Operators.systemUser());
        clock.set(start.plus(Duration.ofHours(8)).plusSeconds(30));
        RollbackDecision decision = workspace.health().checkDeploymentHealth(canary.deploymentId(), 18_000);
        return new Rollback(canary.deploymentId(), decision);
    }

    /** A production canary of {@code version} with the {@code plan}, created at {@code start} and started {@code startAfter}. */
    private Deployment startedCanary(String version, Map<String, Object> plan, Instant start, Duration startAfter) {
        clock.set(start);
        Deployment canary = workspace.lifecycle().createDeployment(DeploymentRequest.builder(MODEL, version,
                        DeploymentStrategy.CANARY, DEVOPS).environment("production").baselineMetrics(BASELINE)
                .rollbackConfig(RollbackConfig.BALANCED).metadata(plan).build());
        clock.set(start.plus(startAfter));
        workspace.lifecycle().startDeployment(canary.deploymentId(), DEVOPS);
        return canary;
    }

    private String canary(Instant start) {
        Deployment canary = startedCanary("v2.0.0", guideSchedule(), start, Duration.ofMinutes(15));
        Instant secondStage = start.plus(Duration.ofHours(24));
        boolean staged = false;
        for (int hour = 1; hour <= 43; hour++) {
            Instant at = start.plus(Duration.ofHours(hour));
            if (!staged && !at.isBefore(secondStage)) {
                clock.set(secondStage.plus(Duration.ofMinutes(15)));
                workspace.lifecycle().setCanaryStage(canary.deploymentId(), 1, 0.10, SRE);
                staged = true;
            }
            clock.set(at.plus(Duration.ofMinutes(30)));
            double rps = staged ? 100.0 : 50.0;
            boolean blip = hour == 9 || hour == 31;
            PerformanceMetrics metrics = blip ? new PerformanceMetrics(0.040, 0.066, 0.090, 0.0015, rps)
                    : jitter(new PerformanceMetrics(0.037, 0.051, 0.076, 0.0011, rps), 0.04, rps);
            workspace.health().addHealthCheck(canary.deploymentId(), blip ? HealthStatus.DEGRADED : HealthStatus.HEALTHY,
                    metrics, blip ? "p95 above 1.3x baseline for 5 minutes (GC pause), recovered" : "Canary within thresholds", Operators.systemUser());
        }
        clock.set(start.plus(Duration.ofHours(43)).plus(Duration.ofMinutes(40)));
        workspace.health().updateMetrics(canary.deploymentId(), new PerformanceMetrics(0.038, 0.052, 0.078, 0.0012, 100.0), Operators.systemUser());
        return canary.deploymentId();
    }

    /** The guide's create_deployment example plan. */
    private static Map<String, Object> linearPlan() {
        return Map.of("initial_traffic", 0.05, "target_traffic", 1.0, "increment", 0.05, "increment_interval_hours", 24);
    }

    /** The guide's recommended canary rollout schedule. */
    private static Map<String, Object> guideSchedule() {
        return Map.of("schedule", List.of(
                Map.of("day", 1, "traffic", 0.05, "action", "Monitor closely"),
                Map.of("day", 2, "traffic", 0.10, "action", "Check metrics"),
                Map.of("day", 3, "traffic", 0.25, "action", "Validate performance"),
                Map.of("day", 5, "traffic", 0.50, "action", "Extended monitoring"),
                Map.of("day", 7, "traffic", 1.00, "action", "Complete rollout")));
    }

    private double lognormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    /** {@code base} with each latency and the error rate moved by up to ±{@code spread}, in order. */
    private PerformanceMetrics jitter(PerformanceMetrics base, double spread, double rps) {
        double p50 = base.latencyP50() * (1 + spread * (2 * random.nextDouble() - 1));
        double p95 = Math.max(p50, base.latencyP95() * (1 + spread * (2 * random.nextDouble() - 1)));
        double p99 = Math.max(p95, base.latencyP99() * (1 + spread * (2 * random.nextDouble() - 1)));
        double errors = base.errorRate() * (1 + spread * (2 * random.nextDouble() - 1));
        return new PerformanceMetrics(p50, p95, p99, errors, rps);
    }
}
