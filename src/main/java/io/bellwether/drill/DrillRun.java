package io.bellwether.drill;

import io.bellwether.application.port.in.AutomatedStep;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.MetricsFeed;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.MetricsBackfill;
import io.bellwether.domain.CanarySchedule;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EnforcedVerdict;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RuleResult;
import io.bellwether.domain.ShadowDeployment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One drill in progress, in its own workspace and accelerated time. Each {@link #step()} simulates
 * one window: the simulator's traffic goes through the {@link MetricsFeed}, the engine judges it,
 * and the canary advances a stage after holding healthy for the stage's hold time (windows without
 * data never count, so the canary is never promoted on missing data). With automatic progression in the
 * scenario's settings the drill does not advance the canary: the workspace's automatic progression does,
 * after every window, and the drill records its steps.
 *
 * <p>Thread use: step, emergencyRollback and report do database work: call them off the UI thread
 * (they are serialised). The other accessors never block and may be read from any thread.
 * Listeners are called on the stepping thread, after the window is stored.
 */
public final class DrillRun implements AutoCloseable {
    public static final String DRILL_USER = "drill";
    /** How the promotions automatic progression took are labelled. */
    static final String AUTOMATED = "automated";

    private final DrillScenario scenario;
    private final DrillMode mode;
    private final SimulatedClock clock;
    private final Workspace workspace;
    private final MetricsFeed feed;
    private final TrafficSimulator simulator;
    private final String deploymentId;
    private final String shadowId;
    private final Instant[] onsets;
    private final ThroughPrometheus prometheus;
    private final List<WindowResult> windows = Collections.synchronizedList(new ArrayList<>());
    private final List<Moment> promotions = new CopyOnWriteArrayList<>();
    private final List<Moment> observedBreaches = new CopyOnWriteArrayList<>();
    private final List<Consumer<WindowResult>> listeners = new CopyOnWriteArrayList<>();

    private volatile List<Instant> onsetsView = List.of();
    private volatile int stage;
    private Duration healthyInStage = Duration.ZERO;
    private long requestsServed;
    private volatile Moment engineRollback;
    private volatile Moment operatorRollback;
    private volatile boolean finished;

    private DrillRun(DrillScenario scenario, DrillMode mode, Path databasePath, ThroughPrometheus prometheus) {
        this.scenario = scenario;
        this.mode = mode;
        this.prometheus = prometheus;
        this.clock = new SimulatedClock(scenario.start());
        this.workspace = DrillWorkspaces.open(databasePath, clock);
        try {
            this.feed = workspace.metricsFeed(mode == DrillMode.AUTOMATIC, Operators.systemUser());
            this.simulator = new TrafficSimulator(scenario);
            this.deploymentId = workspace.lifecycle().createDeployment(DeploymentRequest.builder(scenario.modelName(),
                            scenario.modelVersion(), DeploymentStrategy.CANARY, DRILL_USER)
                    .environment("drill")
                    .baselineMetrics(scenario.baseline())
                    .rollbackConfig(scenario.rollbackConfig())
                    .metadata(DrillWorkspaces.DRILL_KEY, true)
                    .metadata(DrillWorkspaces.SCENARIO_KEY, scenario.name())
                    .metadata(CanarySchedule.SCHEDULE, scenario.canary().asMetadata())
                    .metadata("drill_seed", scenario.seed())
                    .metadata("drill_mode", mode.name().toLowerCase(java.util.Locale.ROOT))
                    .metadata(ProgressionSettings.KEY, scenario.progression().asMetadata())
                    .build()).deploymentId();
            if (prometheus != null) {
                prometheus.bind(workspace, deploymentId, scenario);
            }
            workspace.lifecycle().startDeployment(deploymentId, DRILL_USER);
            workspace.lifecycle().setCanaryStage(deploymentId, 0, scenario.stages().get(0).traffic(), DRILL_USER);
            this.shadowId = scenario.shadow() == null ? null : workspace.shadows().shadowDeploy(
                    scenario.modelName() + ":baseline", scenario.modelName() + ":" + scenario.modelVersion(),
                    scenario.shadow().trafficPercentage(), Operators.systemUser()).shadowId();
            this.onsets = new Instant[scenario.faults().size()];
            resolveOnsets();
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** Creates the drill's deployment (and shadow) in the drill workspace at {@code databasePath}. */
    public static DrillRun open(DrillScenario scenario, DrillMode mode, Path databasePath) {
        return new DrillRun(scenario, mode, databasePath, null);
    }

    /**
     * An automatic drill whose every metric is read through Prometheus (see {@link ThroughPrometheus}): the
     * simulator's traffic is backfilled into a Prometheus that {@code backfill} starts, which closing the run
     * stops. Throws {@link MetricsBackfill.UnavailableException} when Prometheus cannot be started.
     */
    public static DrillRun openThroughPrometheus(DrillScenario scenario, Path databasePath, MetricsBackfill backfill) {
        ThroughPrometheus prometheus = ThroughPrometheus.start(scenario, backfill);
        try {
            return new DrillRun(scenario, DrillMode.AUTOMATIC, databasePath, prometheus);
        } catch (RuntimeException e) {
            prometheus.close();
            throw e;
        }
    }

    /** As {@link #openThroughPrometheus(DrillScenario, Path, MetricsBackfill)} with Debian's Prometheus on the PATH. */
    public static DrillRun openThroughPrometheus(DrillScenario scenario, Path databasePath) {
        return openThroughPrometheus(scenario, databasePath, DrillWorkspaces.metricsBackfill());
    }

    /** Where the engine's metrics come from: the simulator directly, or the Prometheus they were served from. */
    public String metricsSource() {
        return prometheus == null ? "the simulator, fed to the engine directly" : prometheus.describe();
    }

    public DrillScenario scenario() {
        return scenario;
    }

    public DrillMode mode() {
        return mode;
    }

    /** Simulated time; the workspace writes every timestamp with it. */
    public Clock clock() {
        return clock;
    }

    /** The drill's own workspace, for views that read deployments, health history and audit. */
    public Workspace workspace() {
        return workspace;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public Optional<String> shadowId() {
        return Optional.ofNullable(shadowId);
    }

    public void addListener(Consumer<WindowResult> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<WindowResult> listener) {
        listeners.remove(listener);
    }

    public boolean finished() {
        return finished;
    }

    /** Every window so far, oldest first (a copy). */
    public List<WindowResult> windows() {
        synchronized (windows) {
            return List.copyOf(windows);
        }
    }

    /** The latest window, if any. */
    public Optional<WindowResult> lastWindow() {
        synchronized (windows) {
            return windows.isEmpty() ? Optional.empty() : Optional.of(windows.get(windows.size() - 1));
        }
    }

    /** The current stage index (0-based) of the canary schedule. */
    public int stage() {
        return stage;
    }

    /** When the engine rolled back (automatic) or would have (operator drill); empty if it did not. */
    public Optional<Moment> engineRollback() {
        return Optional.ofNullable(engineRollback);
    }

    public Optional<Moment> operatorRollback() {
        return Optional.ofNullable(operatorRollback);
    }

    /** The windows in which a rule in observe mode breached (recorded, not acted on), in order. */
    public List<Moment> observedBreaches() {
        return List.copyOf(observedBreaches);
    }

    /** Stage changes and completion, in order. */
    public List<Moment> promotions() {
        return List.copyOf(promotions);
    }

    /** Onset of each scenario fault, same order; null for a fault that has not begun. */
    public List<Instant> faultOnsets() {
        return onsetsView;
    }

    /** Real time one window should take at {@code simulatedSecondsPerSecond} (e.g. 1440: a day per minute). */
    public Duration realTimePerWindow(double simulatedSecondsPerSecond) {
        if (!(simulatedSecondsPerSecond > 0) || Double.isInfinite(simulatedSecondsPerSecond)) {
            throw new IllegalArgumentException("speed must be a positive number (got " + simulatedSecondsPerSecond + ")");
        }
        return Duration.ofNanos((long) (scenario.window().toNanos() / simulatedSecondsPerSecond));
    }

    /** Simulates the next window. */
    public synchronized WindowResult step() {
        if (finished) {
            throw new IllegalStateException("The drill " + scenario.name() + " has ended");
        }
        Instant from = clock.instant();
        int stageRun = stage;
        double traffic = scenario.stages().get(stage).traffic();
        double baseAgreement = scenario.shadow() == null ? 1.0 : scenario.shadow().agreementRate();
        TrafficSimulator.Effects effects = TrafficSimulator.effectsAt(scenario.faults(), faultOnsets(), from,
                baseAgreement);
        List<String> active = activeFaults(from);
        WindowTraffic measured = simulator.window(from, traffic, effects);
        Instant to = clock.advance(scenario.window());

        RollbackDecision decision = null;
        List<AutomatedStep> steps = null;
        WindowResult.Event event = WindowResult.Event.NONE;
        PerformanceMetrics metrics = measured.metrics();
        long requests = measured.requestCount();
        if (shadowId != null && !measured.comparisons().isEmpty()) {
            feed.comparisons(shadowId, measured.comparisons());
        }
        if (prometheus != null) {
            ThroughPrometheus.Judged judged = prometheus.judge(workspace, deploymentId, to, scenario.window());
            decision = judged.decision();
            metrics = judged.metrics();
            requests = judged.requestCount();
            observed(judged.observed());
            steps = judged.steps();
        } else if (measured.measured()) {
            requestsServed += measured.requestCount();
            EnforcedVerdict verdict = feed.judged(deploymentId, measured.metrics(), requestsServed);
            decision = verdict.decision();
            observed(verdict.observedBreaches());
        } else {
            feed.missing(deploymentId, active.isEmpty() ? "no data" : String.join(", ", active));
        }
        if (scenario.progression().automatic()) {
            // Through Prometheus the watcher's round has run the automatic progression already.
            event = decision != null && decision.rollback() ? afterDecision(decision)
                    : progressed(steps != null ? steps : workspace.lifecycle().progress(deploymentId));
        } else if (decision != null) {
            event = afterDecision(decision);
        }
        DeploymentStatus status = workspace.queries().getDeployment(deploymentId).status();
        if (!clock.instant().isBefore(scenario.end()) || status.isFinal()) {
            finished = true;
        }
        WindowResult result = new WindowResult(windows.size(), from, to, stageRun, traffic, metrics,
                requests, measured.comparisons().size(), decision,
                decision == null ? HealthStatus.UNKNOWN : decision.healthStatus(), active, event, status);
        windows.add(result);
        listeners.forEach(listener -> listener.accept(result));
        return result;
    }

    private WindowResult.Event afterDecision(RollbackDecision decision) {
        if (decision.rollback()) {
            healthyInStage = Duration.ZERO;
            if (mode == DrillMode.AUTOMATIC) {
                engineRollback = moment("automated", decision.reasons());
                return WindowResult.Event.ENGINE_ROLLED_BACK;
            }
            if (engineRollback == null) {
                engineRollback = moment("automated (not acted on: operator drill)", decision.reasons());
                return WindowResult.Event.ENGINE_WOULD_ROLL_BACK;
            }
            return WindowResult.Event.NONE;
        }
        if (decision.skipped() != RollbackDecision.Skipped.NONE) {
            return WindowResult.Event.NONE;
        }
        DeploymentStatus status = workspace.queries().getDeployment(deploymentId).status();
        if (status != DeploymentStatus.IN_PROGRESS) {
            return WindowResult.Event.NONE;
        }
        healthyInStage = healthyInStage.plus(scenario.window());
        if (healthyInStage.compareTo(scenario.hold(stage)) < 0) {
            return WindowResult.Event.NONE;
        }
        healthyInStage = Duration.ZERO;
        if (stage + 1 < scenario.stages().size()) {
            stage++;
            workspace.lifecycle().setCanaryStage(deploymentId, stage, scenario.stages().get(stage).traffic(), DRILL_USER);
            promotions.add(moment("stage " + (stage + 1), List.of()));
            resolveOnsets();
            return WindowResult.Event.PROMOTED;
        }
        workspace.lifecycle().completeDeployment(deploymentId, DRILL_USER);
        promotions.add(moment("completed", List.of()));
        return WindowResult.Event.COMPLETED;
    }

    private void observed(List<RuleResult> breaches) {
        if (!breaches.isEmpty()) {
            observedBreaches.add(moment("observed", breaches.stream().map(RuleResult::reason).toList()));
        }
    }

    /** The workspace's automatic progression judged the stored checks; its steps become the drill's promotions. */
    private WindowResult.Event progressed(List<AutomatedStep> steps) {
        WindowResult.Event event = WindowResult.Event.NONE;
        for (AutomatedStep step : steps) {
            if (!step.succeeded() || step.stageNumber() == null) {
                continue;
            }
            if (step.action().equals("advance")) {
                stage = step.stageNumber() - 1;
                promotions.add(moment("stage " + step.stageNumber() + " (" + AUTOMATED + ")", List.of(step.reason())));
                resolveOnsets();
                event = WindowResult.Event.PROMOTED;
            } else if (step.action().equals("complete")) {
                promotions.add(moment("completed (" + AUTOMATED + ")", List.of(step.reason())));
                event = WindowResult.Event.COMPLETED;
            }
        }
        return event;
    }

    /**
     * The operator's emergency rollback: audited as CRITICAL in the drill workspace, and the drill
     * ends. Refused (IllegalTransitionException) when the deployment is no longer live.
     */
    public synchronized void emergencyRollback(String operator, String reason) {
        if (finished) {
            throw new IllegalStateException("The drill " + scenario.name() + " has ended");
        }
        workspace.lifecycle().emergencyRollback(deploymentId, reason, operator);
        operatorRollback = moment(operator, List.of(reason));
        finished = true;
    }

    /** Ends the drill early (the operator stops watching); nothing is rolled back. */
    public synchronized void stop() {
        finished = true;
    }

    /** Steps until the drill ends; no sleeping (tests and headless runs at full speed). */
    public List<WindowResult> runToEnd() {
        while (!finished()) {
            step();
        }
        return windows();
    }

    public synchronized DrillReport report() {
        return DrillReport.of(this, workspace.queries().getDeployment(deploymentId), clock.instant());
    }

    private Moment moment(String by, List<String> reasons) {
        Instant now = clock.instant();
        return new Moment(now, Duration.between(scenario.start(), now), stage,
                scenario.stages().get(stage).traffic(), by, reasons);
    }

    /** Faults bound to the drill's start begin at once; stage-bound faults when the canary reaches the stage. */
    private void resolveOnsets() {
        for (int i = 0; i < onsets.length; i++) {
            Fault fault = scenario.faults().get(i);
            if (onsets[i] != null) {
                continue;
            }
            if (fault.atStage() == null) {
                onsets[i] = scenario.start().plus(fault.delay());
            } else if (fault.atStage() <= stage) {
                onsets[i] = clock.instant().plus(fault.delay());
            }
        }
        onsetsView = Collections.unmodifiableList(Arrays.asList(onsets.clone()));
    }

    private List<String> activeFaults(Instant at) {
        List<String> active = new ArrayList<>();
        for (int i = 0; i < onsets.length; i++) {
            if (onsets[i] != null && scenario.faults().get(i).intensity(Duration.between(onsets[i], at)) > 0) {
                active.add(scenario.faults().get(i).description());
            }
        }
        return active;
    }

    @Override
    public void close() {
        try {
            workspace.close();
        } finally {
            if (prometheus != null) {
                prometheus.close();
            }
        }
    }
}
