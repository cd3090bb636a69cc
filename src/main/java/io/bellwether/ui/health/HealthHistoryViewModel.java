package io.bellwether.ui.health;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.PerformanceMetrics;
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
 * x in epoch seconds), baseline and threshold lines, rollback moments, and the "why"
 * rows for the latest check and every past rollback.
 */
public final class HealthHistoryViewModel {
    private final DeploymentQueries deployments;
    private final AuditTrail audit;
    private final TaskExecutor executor;

    private final DoubleDataSet p50 = new DoubleDataSet("p50");
    private final DoubleDataSet p95 = new DoubleDataSet("p95");
    private final DoubleDataSet p99 = new DoubleDataSet("p99");
    private final DoubleDataSet errorRate = new DoubleDataSet("error rate");

    private final ObservableList<DoubleDataSet> latencyGuides = FXCollections.observableArrayList();
    private final ObservableList<DoubleDataSet> latencyGuidesReadOnly = FXCollections.unmodifiableObservableList(latencyGuides);
    private final ObservableList<DoubleDataSet> errorGuides = FXCollections.observableArrayList();
    private final ObservableList<DoubleDataSet> errorGuidesReadOnly = FXCollections.unmodifiableObservableList(errorGuides);
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


    public HealthHistoryViewModel(DeploymentQueries deployments, AuditTrail audit, TaskExecutor executor) {
        this.deployments = deployments;
        this.audit = audit;
        this.executor = executor;
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
    public record Header(String heading, String latestVerdict, String emptyMessage, boolean hasData) {
        static Header empty(String message) {
            return new Header("", "", message, false);
        }
    }

    private record Snapshot(Deployment deployment, List<HealthCheck> checks, List<ThresholdLine> latencyLines,
                            List<ThresholdLine> errorLines, List<DoubleDataSet> latencyGuides,
                            List<DoubleDataSet> errorGuides, List<RollbackMoment> rollbacks, List<WhyRow> why,
                            String latestVerdict, double[] timeRange) {
    }

    /** Runs on the worker: queries, series, thresholds and verdicts. */
    private Snapshot snapshot(String id) {
        Deployment deployment = ShadowSelected.load(deployments, id, "health history");
        List<HealthCheck> history = deployments.healthHistory(id, null, null);
        fillSeries(history);
        List<RollbackMoment> moments = rollbackMoments(deployment);
        List<WhyRow> whyRows = new ArrayList<>();
        String verdict = "No health checks recorded yet";
        if (!history.isEmpty()) {
            HealthCheck latest = history.get(history.size() - 1);
            Optional<RollbackDecision> decision = CheckVerdicts.evaluate(deployment, latest.metrics());
            String label = "Latest check " + DisplayFormats.shortTime(latest.timestamp());
            decision.ifPresent(d -> d.rules().forEach(rule -> whyRows.add(new WhyRow(label, rule))));
            verdict = label + ": " + CheckVerdicts.summary(decision, deployment);
        }
        for (RollbackMoment moment : moments) {
            String label = "Rollback " + DisplayFormats.shortTime(moment.at()) + " (" + moment.triggeredBy() + ")";
            if (moment.rules().isEmpty()) {
                whyRows.add(new WhyRow(label, new RuleResult(OPERATOR_DECISION, Double.NaN, Double.NaN, Double.NaN,
                        true, moment.reason())));
            }
            moment.rules().forEach(rule -> whyRows.add(new WhyRow(label, rule)));
        }
        List<ThresholdLine> latency = latencyLines(deployment);
        List<ThresholdLine> errors = errorLines(deployment);
        double[] span = span(history);
        return new Snapshot(deployment, history, latency, errors, GuideLines.flat(latency, span),
                GuideLines.flat(errors, span), moments, whyRows, verdict, span);
    }

    /** The time range the guide lines cover: the checks', or an hour around a single check. */
    private static double[] span(List<HealthCheck> history) {
        if (history.isEmpty()) {
            return new double[0];
        }
        double first = ChartData.epochSeconds(history.get(0).timestamp());
        double last = ChartData.epochSeconds(history.get(history.size() - 1).timestamp());
        return last > first ? new double[] {first, last} : new double[] {first - 1800, last + 1800};
    }

    private void fillSeries(List<HealthCheck> history) {
        int n = history.size();
        double[] x = new double[n];
        double[][] y = new double[4][n];
        for (int i = 0; i < n; i++) {
            HealthCheck check = history.get(i);
            PerformanceMetrics metrics = check.metrics();
            x[i] = ChartData.epochSeconds(check.timestamp());
            y[0][i] = ChartUnits.millis(metrics.latencyP50());
            y[1][i] = ChartUnits.millis(metrics.latencyP95());
            y[2][i] = ChartUnits.millis(metrics.latencyP99());
            y[3][i] = ChartUnits.percent(metrics.errorRate());
        }
        ChartData.fill(p50, x, y[0]);
        ChartData.fill(p95, x, y[1]);
        ChartData.fill(p99, x, y[2]);
        ChartData.fill(errorRate, x, y[3]);
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
        checks.setAll(snapshot.checks());
        latencyLines.set(snapshot.latencyLines());
        errorLines.set(snapshot.errorLines());
        latencyGuides.setAll(snapshot.latencyGuides());
        errorGuides.setAll(snapshot.errorGuides());
        rollbacks.set(snapshot.rollbacks());
        timeRange.set(snapshot.timeRange());
        why.setAll(snapshot.why());
        boolean hasData = !snapshot.checks().isEmpty();
        header.set(new Header(deployment.modelRef() + " · " + deployment.strategy().value() + " · "
                + deployment.status().value() + " · " + snapshot.checks().size() + " health checks",
                snapshot.latestVerdict(), hasData ? "" : deployment.modelRef() + " has no health checks yet", hasData));
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
