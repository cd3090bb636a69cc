package io.bellwether.ui.shadow;

import io.bellwether.application.port.in.ShadowFindings;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.LatencySummary;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowEvidence;
import io.bellwether.domain.ShadowReport;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.ChartData;
import io.bellwether.ui.common.ChartUnits;
import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.ui.common.Loader;
import io.bellwether.ui.common.StatusLine;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the shadow comparison screen. Loading runs on the worker: one read of the report and the
 * comparisons as primitive columns, then everything the charts draw
 * (buckets, histograms, the scatter subset), written into the chart data sets under their locks.
 */
public final class ShadowComparisonViewModel {
    private final Workspace workspace;
    private final Loader listLoader;
    private final Loader comparisonsLoader;
    private final Function<String, ShadowFindings> reading;
    private final TaskExecutor executor;

    private final ObservableList<ShadowDeployment> shadows = FXCollections.observableArrayList();
    private final ObservableList<ShadowDeployment> shadowsReadOnly = FXCollections.unmodifiableObservableList(shadows);
    private final ObjectProperty<ShadowDeployment> selected = new SimpleObjectProperty<>();
    private final ObservableList<LatencyRow> latencies = FXCollections.observableArrayList();
    private final ObservableList<LatencyRow> latenciesReadOnly = FXCollections.unmodifiableObservableList(latencies);
    private final ReadOnlyObjectWrapper<ShadowReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("No shadow deployment selected");
    private final StatusLine status = new StatusLine();

    private final ShadowCharts charts = new ShadowCharts(new DoubleDataSet("agreement"), new DoubleDataSet("primary"),
            new DoubleDataSet("shadow"), new DoubleDataSet("requests"), new DoubleDataSet("shadow = primary"));

    private final ReadinessPanelModel readiness = new ReadinessPanelModel();
    private final EvidencePanelModel evidence = new EvidencePanelModel();
    private String requestedId;
    private String loadedId;
    private String shownId;

    public ShadowComparisonViewModel(Workspace workspace, TaskExecutor executor) {
        this(workspace, executor, workspace.shadows()::compareWithEvidence);
    }

    /** As above, reading each shadow through {@code reading} (tests count the reads). */
    ShadowComparisonViewModel(Workspace workspace, TaskExecutor executor, Function<String, ShadowFindings> reading) {
        this.workspace = workspace;
        this.executor = executor;
        this.listLoader = new Loader(executor);
        this.comparisonsLoader = new Loader(executor);
        status.busyWhile(listLoader.busyProperty().or(comparisonsLoader.busyProperty()));
        this.reading = reading;
        readiness.maxP95RatioProperty().addListener((obs, old, now) -> evidence.limit(now.doubleValue()));
        selected.addListener((obs, old, now) -> {
            if (now != null && !now.shadowId().equals(loadedId)) {
                loadSelected(now.shadowId());
            }
        });
    }

    /** A disagreement browser of the selected shadow, for its own window. */
    public DisagreementBrowserViewModel disagreementBrowser() {
        return new DisagreementBrowserViewModel(workspace.shadows().disagreements(), executor);
    }

    /** The shell selected something: a shadow id selects that shadow; anything else keeps ours. */
    public void show(String idOrNull) {
        requestedId = idOrNull;
        refresh();
    }

    /** Reloads the list of shadow deployments, then the selected one. */
    public void refresh() {
        listLoader.load(workspace.queries()::listShadowDeployments, this::applyList, this::failed);
    }

    private void applyList(List<ShadowDeployment> list) {
        String keep = selected.get() == null ? null : selected.get().shadowId();
        ShadowDeployment choice = list.stream().filter(s -> s.shadowId().equals(requestedId)).findFirst()
                .or(() -> list.stream().filter(s -> s.shadowId().equals(keep)).findFirst())
                .or(() -> list.stream().findFirst()).orElse(null);
        requestedId = null;
        shadows.setAll(list);
        if (choice == null) {
            loadedId = null;
            selected.set(null);
            emptyMessage.set("No shadow deployments yet: create one to compare a candidate model with production");
            return;
        }
        loadedId = null;
        if (Objects.equals(selected.get(), choice)) {
            reloadIfChanged(choice.shadowId());
        } else {
            selected.set(choice);
        }
    }

    private record Loaded(String shadowId, ShadowReport report, ShadowAnalysis analysis, ShadowEvidence evidence) {
    }

    /** A refresh re-reads the comparisons only when their number changed: a million rows are not free. */
    private void reloadIfChanged(String shadowId) {
        ShadowReport current = report.get();
        if (current == null || !shadowId.equals(shownId)) {
            loadSelected(shadowId);
            return;
        }
        loadedId = shadowId;
        listLoader.load(() -> workspace.queries().shadowComparisonCount(shadowId), count -> {
            if (count != current.totalRequests()) {
                loadSelected(shadowId);
            }
        }, this::failed);
    }

    private void loadSelected(String shadowId) {
        loadedId = shadowId;
        status.say("Loading comparisons of " + shadowId + "…");
        comparisonsLoader.load(() -> load(shadowId), loaded -> {
            if (shadowId.equals(loadedId)) {
                apply(loaded);
            }
        }, this::failed);
    }

    /** Worker: one read of the report, the evidence and the columns, then the chart series; fills the data sets. */
    private Loaded load(String shadowId) {
        ShadowFindings read = reading.apply(shadowId);
        ShadowReport shadowReport = read.report();
        ShadowComparisonColumns columns = read.columns();
        double top = shadowReport.totalRequests() == 0 ? 0
                : 1.25 * Math.max(shadowReport.primaryLatency().p99(), shadowReport.shadowLatency().p99());
        ShadowAnalysis analysis = ShadowAnalysis.of(columns, top);
        fill(charts.agreementOverTime(), analysis.agreementOverTime());
        ChartData.fill(charts.primaryHistogram(), millis(analysis.primaryHistogram().x()), analysis.primaryHistogram().y());
        ChartData.fill(charts.shadowHistogram(), millis(analysis.shadowHistogram().x()), analysis.shadowHistogram().y());
        ChartData.fill(charts.scatter(), millis(analysis.scatter().x()), millis(analysis.scatter().y()));
        double edge = ChartUnits.millis(Math.max(max(analysis.scatter().x()), max(analysis.scatter().y())));
        ChartData.fill(charts.diagonal(), new double[] {0, edge}, new double[] {0, edge});
        return new Loaded(shadowId, shadowReport, analysis, read.evidence());
    }

    /** Latencies in seconds as the charts show them, in ms. */
    private static double[] millis(double[] seconds) {
        double[] ms = new double[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            ms[i] = ChartUnits.millis(seconds[i]);
        }
        return ms;
    }

    private static double max(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    private static void fill(DoubleDataSet dataSet, ShadowAnalysis.Series series) {
        ChartData.fill(dataSet, series.x(), series.y());
    }

    private void apply(Loaded loaded) {
        shownId = loaded.shadowId();
        ShadowReport shadowReport = loaded.report();
        report.set(shadowReport);
        readiness.judge(shadowReport);
        evidence.show(loaded.evidence(), readiness.maxP95RatioProperty().get());
        if (shadowReport.totalRequests() == 0) {
            latencies.clear();
            summary.set("");
            status.say("");
            emptyMessage.set(loaded.shadowId() + " has no recorded comparisons yet");
            return;
        }
        LatencySummary primary = shadowReport.primaryLatency();
        LatencySummary shadow = shadowReport.shadowLatency();
        latencies.setAll(new LatencyRow("mean", primary.mean(), shadow.mean()),
                new LatencyRow("p50", primary.p50(), shadow.p50()),
                new LatencyRow("p95", primary.p95(), shadow.p95()),
                new LatencyRow("p99", primary.p99(), shadow.p99()));
        ShadowAnalysis analysis = loaded.analysis();
        summary.set(String.format(java.util.Locale.ROOT, "%,d comparisons · agreement %s · average latency diff %s",
                shadowReport.totalRequests(), DisplayFormats.percent(shadowReport.agreementRate()),
                DisplayFormats.millis(shadowReport.averageLatencyDiff())));
        status.say(String.format(java.util.Locale.ROOT, "scatter: %,d of %,d requests · histogram up to %s (%,d slower not drawn)",
                analysis.scatter().size(), shadowReport.totalRequests(), DisplayFormats.millis(analysis.histogramMax()),
                analysis.slowerThanHistogram()));
        emptyMessage.set("");
    }

    private void failed(Throwable error) {
        status.say("Failed: " + error.getMessage());
    }

    public ObservableList<ShadowDeployment> shadows() {
        return shadowsReadOnly;
    }

    public ObjectProperty<ShadowDeployment> selectedProperty() {
        return selected;
    }

    public ObservableList<LatencyRow> latencies() {
        return latenciesReadOnly;
    }

    public ReadOnlyObjectProperty<ShadowReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadinessPanelModel readiness() {
        return readiness;
    }

    /** The statistical evidence beside the readiness verdict. */
    public EvidencePanelModel evidence() {
        return evidence;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** The chart series, filled on the worker with every load. */
    public ShadowCharts charts() {
        return charts;
    }

    /** The outcome of the last action, and whether work is in flight. */
    public StatusLine status() {
        return status;
    }
}
