package io.bellwether.ui.health;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsBindings;
import io.bellwether.application.port.in.MetricsHistory;
import io.bellwether.application.port.in.SampledHistory;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RuleResult;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.ChartData;
import io.bellwether.ui.common.ChartUnits;
import io.bellwether.ui.common.CheckVerdicts;
import io.bellwether.ui.common.DeploymentLoader;
import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.ui.common.ShadowSelected;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the health history screen: the checks, chart series (latency in ms, error rate in %,
 * x in epoch seconds), baseline and threshold lines, rollback moments, and the "why" rows for the
 * latest check and every past rollback. For a deployment bound to Prometheus the charts draw what
 * Prometheus measured since the start ({@code query_range}, on the worker), the source line names the
 * server and the query, and each "why" row names the query behind its measured value.
 */
public final class HealthHistoryViewModel {
    private final DeploymentQueries deployments;
    private final AuditTrail audit;
    private final MetricsBindings bindings;
    private final MetricsHistory liveHistory;
    private final Clock clock;
    private final TaskExecutor executor;

    private final DoubleDataSet p50 = new DoubleDataSet("p50");
    private final DoubleDataSet p95 = new DoubleDataSet("p95");
    private final DoubleDataSet p99 = new DoubleDataSet("p99");
    private final DoubleDataSet errorRate = new DoubleDataSet("error rate");

    private final ObservableList<DoubleDataSet> latencyGuides = FXCollections.observableArrayList();
    private final ObservableList<DoubleDataSet> latencyGuidesReadOnly = FXCollections.unmodifiableObservableList(latencyGuides);
    private final ObservableList<DoubleDataSet> errorGuides = FXCollections.observableArrayList();
    private final ObservableList<DoubleDataSet> errorGuidesReadOnly = FXCollections.unmodifiableObservableList(errorGuides);
    private final ObservableList<DoubleDataSet> latencyObserved = FXCollections.observableArrayList();
    private final ObservableList<DoubleDataSet> errorObserved = FXCollections.observableArrayList();
    private final ObservableList<DoubleDataSet> latencyObservedReadOnly = FXCollections.unmodifiableObservableList(latencyObserved);
    private final ObservableList<DoubleDataSet> errorObservedReadOnly = FXCollections.unmodifiableObservableList(errorObserved);
    private final ObservableList<HealthCheck> checks = FXCollections.observableArrayList();
    private final ObservableList<HealthCheck> checksReadOnly = FXCollections.unmodifiableObservableList(checks);
    private final ObservableList<WhyRow> why = FXCollections.observableArrayList();
    private final ObservableList<WhyRow> whyReadOnly = FXCollections.unmodifiableObservableList(why);
    private final ReadOnlyObjectWrapper<double[]> timeRange = new ReadOnlyObjectWrapper<>(new double[0]);
    private final ReadOnlyObjectWrapper<List<ThresholdLine>> latencyLines = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<ThresholdLine>> errorLines = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<RollbackMoment>> rollbacks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Header> header =
            new ReadOnlyObjectWrapper<>(Header.empty("Select a deployment to see its health history"));
    private final DeploymentLoader<Snapshot> loader;

    /** The "rule" of a rollback without rule results: an operator's (or a script's) decision and reason. */
    public static final String OPERATOR_DECISION = "operator decision";
    /** At most this many points per live series (the step widens beyond check_interval_seconds to keep within). */
    public static final int MAX_LIVE_POINTS = 500;


    /** Draws the stored checks only. */
    public HealthHistoryViewModel(DeploymentQueries deployments, AuditTrail audit, TaskExecutor executor) {
        this(deployments, audit, null, null, executor, Clock.systemUTC());
    }

    /** Draws a bound deployment's series from its Prometheus up to {@code clock}'s now. */
    public HealthHistoryViewModel(DeploymentQueries deployments, AuditTrail audit, MetricsBindings bindings,
                                  MetricsHistory liveHistory, TaskExecutor executor, Clock clock) {
        this.deployments = deployments;
        this.audit = audit;
        this.bindings = bindings;
        this.liveHistory = liveHistory;
        this.executor = executor;
        this.clock = clock;
        this.loader = new DeploymentLoader<>(executor, this::snapshot, this::apply, this::clear,
                "Select a deployment to see its health history", "the health history of ");
    }

    public void show(String deploymentIdOrNull) {
        loader.show(deploymentIdOrNull);
    }

    public void load() {
        loader.load();
    }

    /**
     * What the screen says about the shown deployment: its heading and latest verdict, or the
     * message shown instead of the charts (empty when there are checks to draw).
     */
    public record Header(String heading, String latestVerdict, String emptyMessage, boolean hasData,
                         LiveSource source) {
        static Header empty(String message) {
            return new Header("", "", message, false, LiveSource.NONE);
        }
    }

    /**
     * Where the charts' series come from: {@code text} names the stored checks, or the Prometheus and
     * query (or what failed); {@code problem} when a live source failed or came back (partly) empty;
     * {@code live} when the charts draw what Prometheus measured.
     */
    public record LiveSource(String text, boolean problem, boolean live) {
        static final LiveSource NONE = new LiveSource("", false, false);
    }

    private record Snapshot(Deployment deployment, StoredChecks checks, List<ThresholdLine> latencyLines,
                            List<ThresholdLine> errorLines, List<DoubleDataSet> latencyGuides,
                            List<DoubleDataSet> errorGuides, List<DoubleDataSet> latencyObserved,
                            List<DoubleDataSet> errorObserved, List<RollbackMoment> rollbacks, List<WhyRow> why,
                            String latestVerdict, HealthSeries series, double[] timeRange) {
    }

    /** Runs on the worker: queries, series, thresholds and verdicts. */
    private Snapshot snapshot(String id) {
        Deployment deployment = ShadowSelected.load(deployments, id, "health history");
        StoredChecks stored = StoredChecks.of(deployments, id);
        List<HealthCheck> history = stored.newest();
        MetricsBinding binding = bindings == null ? null : bindings.find(id).orElse(null);
        HealthSeries series = series(deployment, binding, stored);
        fillSeries(series);
        List<RollbackMoment> moments = rollbackMoments(deployment);
        List<WhyRow> whyRows = new ArrayList<>();
        String verdict = "No health checks recorded yet";
        if (!history.isEmpty()) {
            HealthCheck latest = history.get(history.size() - 1);
            Optional<RollbackDecision> decision = CheckVerdicts.evaluate(deployment, latest.metrics());
            String label = "Latest check " + DisplayFormats.time(latest.timestamp());
            decision.ifPresent(d -> d.rules().forEach(rule -> whyRows.add(row(label, rule, binding, deployment,
                    latest.timestamp()))));
            verdict = label + ": " + CheckVerdicts.summary(decision, deployment);
        }
        ObservedBreaches observed = ObservedBreaches.of(deployment, history);
        whyRows.addAll(observed.rows());
        for (RollbackMoment moment : moments) {
            String label = "Rollback " + DisplayFormats.time(moment.at()) + " (" + moment.triggeredBy() + ")";
            if (moment.rules().isEmpty()) {
                whyRows.add(new WhyRow(label, new RuleResult(OPERATOR_DECISION, Double.NaN, Double.NaN, Double.NaN,
                        true, moment.reason())));
            }
            moment.rules().forEach(rule -> whyRows.add(row(label, rule, binding, deployment, moment.at())));
        }
        List<ThresholdLine> latency = latencyLines(deployment);
        List<ThresholdLine> errors = errorLines(deployment);
        double[] span = withRollbacks(series.span(), moments);
        return new Snapshot(deployment, stored, latency, errors, GuideLines.flat(latency, span),
                GuideLines.flat(errors, span), ObservedMarkers.latency(observed.breaches()),
                ObservedMarkers.errorRate(observed.breaches()), moments, whyRows, verdict, series, span);
    }

    /** The stored checks, or for a bound deployment what its Prometheus measured (a failure is a message). */
    private HealthSeries series(Deployment deployment, MetricsBinding binding, StoredChecks stored) {
        if (binding == null || liveHistory == null) {
            return HealthSeries.stored(stored);
        }
        try {
            Optional<SampledHistory> sampled = liveHistory.history(deployment.deploymentId(), clock.instant(),
                    MAX_LIVE_POINTS);
            return sampled.map(h -> HealthSeries.live(h, stored)).orElseGet(() -> HealthSeries.stored(stored));
        } catch (RuntimeException e) {
            return HealthSeries.stored(stored.newest(), "Prometheus " + binding.baseUrl()
                    + ": the series could not be read: " + e.getMessage() + " — the chart shows the "
                    + stored.shownInChart(), true);
        }
    }

    private static WhyRow row(String label, RuleResult rule, MetricsBinding binding, Deployment deployment,
                              Instant at) {
        return new WhyRow(label, rule, binding == null ? null : RuleQueries.of(binding, deployment, rule, at));
    }

    /** {@code span} widened to the rollback moments, so their markers are drawn beside the checks. */
    private static double[] withRollbacks(double[] span, List<RollbackMoment> moments) {
        if (span.length < 2) {
            return span;
        }
        double[] widened = span.clone();
        for (RollbackMoment moment : moments) {
            widened[0] = Math.min(widened[0], ChartData.epochSeconds(moment.at()));
            widened[1] = Math.max(widened[1], ChartData.epochSeconds(moment.at()));
        }
        return widened;
    }

    /** The series in the charts' units: latency in ms, error rate in %. */
    private void fillSeries(HealthSeries series) {
        ChartData.fill(p50, series.p50()[0], scaled(series.p50()[1], ChartUnits::millis));
        ChartData.fill(p95, series.p95()[0], scaled(series.p95()[1], ChartUnits::millis));
        ChartData.fill(p99, series.p99()[0], scaled(series.p99()[1], ChartUnits::millis));
        ChartData.fill(errorRate, series.errorRate()[0], scaled(series.errorRate()[1], ChartUnits::percent));
    }

    private static double[] scaled(double[] values, java.util.function.DoubleUnaryOperator unit) {
        double[] shown = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            shown[i] = unit.applyAsDouble(values[i]);
        }
        return shown;
    }

    static List<ThresholdLine> latencyLines(Deployment deployment) {
        List<ThresholdLine> lines = new ArrayList<>();
        deployment.baseline().ifPresent(baseline -> {
            double multiplier = deployment.rollbackConfig().latencyThresholdMultiplier();
            String times = " ×" + DisplayFormats.decimal(multiplier, 2);
            if (baseline.latencyP95() > 0) {
                lines.add(new ThresholdLine("baseline p95", ChartUnits.millis(baseline.latencyP95())));
                lines.add(new ThresholdLine("p95 limit" + times, ChartUnits.millis(baseline.latencyP95() * multiplier)));
            }
            if (baseline.latencyP99() > 0) {
                lines.add(new ThresholdLine("p99 limit" + times, ChartUnits.millis(baseline.latencyP99() * multiplier)));
            }
        });
        return lines;
    }

    static List<ThresholdLine> errorLines(Deployment deployment) {
        RollbackConfig config = deployment.rollbackConfig();
        List<ThresholdLine> lines = new ArrayList<>();
        lines.add(new ThresholdLine("threshold", ChartUnits.percent(config.errorRateThreshold())));
        deployment.baseline().filter(baseline -> baseline.errorRate() > 0).ifPresent(baseline -> {
            lines.add(new ThresholdLine("baseline", ChartUnits.percent(baseline.errorRate())));
            lines.add(new ThresholdLine("2× baseline", ChartUnits.percent(2 * baseline.errorRate())));
        });
        return lines;
    }

    private List<RollbackMoment> rollbackMoments(Deployment deployment) {
        List<AuditEvent> events = audit.query(new AuditQuery(EventType.MODEL_ROLLED_BACK, null, null,
                deployment.deploymentId(), null, null));
        List<RollbackMoment> moments = new ArrayList<>();
        for (AuditEvent event : events) {
            Object reason = event.details().getOrDefault("reason", event.action());
            Object by = event.details().getOrDefault("triggered_by", event.user());
            moments.add(new RollbackMoment(event.timestamp(), String.valueOf(by), String.valueOf(reason),
                    RuleResultDetails.read(event.details())));
        }
        if (moments.isEmpty() && deployment.rolledBackAt() != null) {
            moments.add(new RollbackMoment(deployment.rolledBackAt(), String.valueOf(deployment.rollbackTriggeredBy()),
                    String.valueOf(deployment.rollbackReason()), List.of()));
        }
        return moments;
    }

    private void apply(Snapshot snapshot) {
        Deployment deployment = snapshot.deployment();
        checks.setAll(snapshot.checks().newest());
        latencyLines.set(snapshot.latencyLines());
        errorLines.set(snapshot.errorLines());
        latencyGuides.setAll(snapshot.latencyGuides());
        errorGuides.setAll(snapshot.errorGuides());
        latencyObserved.setAll(snapshot.latencyObserved());
        errorObserved.setAll(snapshot.errorObserved());
        rollbacks.set(snapshot.rollbacks());
        timeRange.set(snapshot.timeRange());
        why.setAll(snapshot.why());
        HealthSeries series = snapshot.series();
        boolean drawn = !snapshot.checks().newest().isEmpty() || series.live();
        String empty = drawn ? "" : series.problem() ? deployment.modelRef() + " has no health checks yet. "
                + series.source() : deployment.modelRef() + " has no health checks yet";
        header.set(new Header(deployment.modelRef() + " · " + deployment.strategy().value() + " · "
                + deployment.status().value() + " · " + snapshot.checks().heading(),
                snapshot.latestVerdict(), empty, drawn, new LiveSource(series.source(), series.problem(), series.live())));
    }

    /**
     * The charts' time axis {from, to} in epoch seconds: the checks' span, an hour around a single
     * check (never an axis of years around one point); empty when there are none.
     */
    public ReadOnlyObjectProperty<double[]> timeRangeProperty() {
        return timeRange.getReadOnlyProperty();
    }

    private void clear(String message) {
        loader.cancel();
        executor.run(() -> {
            for (DoubleDataSet dataSet : List.of(p50, p95, p99, errorRate)) {
                ChartData.clear(dataSet);
            }
            return null;
        }, ignored -> { }, ignored -> { });
        checks.clear();
        why.clear();
        latencyLines.set(List.of());
        timeRange.set(new double[0]);
        errorLines.set(List.of());
        latencyGuides.clear();
        errorGuides.clear();
        latencyObserved.clear();
        errorObserved.clear();
        rollbacks.set(List.of());
        header.set(Header.empty(message));
    }

    public List<DoubleDataSet> latencySeries() {
        return List.of(p50, p95, p99);
    }

    public DoubleDataSet errorRateSeries() {
        return errorRate;
    }

    /** Flat series for the baseline and threshold lines of the latency chart. */
    public ObservableList<DoubleDataSet> latencyGuides() {
        return latencyGuidesReadOnly;
    }

    public ObservableList<DoubleDataSet> errorGuides() {
        return errorGuidesReadOnly;
    }

    /**
     * Point series of the observe-mode breaches on the latency chart (p95, p99 rules) and the error rate chart:
     * one per rule that was breached, named for the legend.
     */
    public ObservableList<DoubleDataSet> latencyObserved() {
        return latencyObservedReadOnly;
    }

    public ObservableList<DoubleDataSet> errorObserved() {
        return errorObservedReadOnly;
    }

    public ObservableList<HealthCheck> checks() {
        return checksReadOnly;
    }

    public ObservableList<WhyRow> why() {
        return whyReadOnly;
    }

    public ReadOnlyObjectProperty<List<ThresholdLine>> latencyLinesProperty() {
        return latencyLines.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ThresholdLine>> errorLinesProperty() {
        return errorLines.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<RollbackMoment>> rollbacksProperty() {
        return rollbacks.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Header> headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return loader.busyProperty();
    }
}
