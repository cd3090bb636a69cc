package io.bellwether.ui.health;

import io.bellwether.domain.HealthCheck;
import io.bellwether.ui.common.ChartData;
import io.bellwether.ui.common.ChartUnits;
import io.bellwether.ui.common.Charts;
import io.bellwether.ui.common.Derived;
import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.ui.common.Tables;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.bellwether.domain.ReplayResult;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Controls and bindings of the health history screen. */
public final class HealthHistoryView extends StackPane {
    private static final double CHARTS_SHARE = 0.55;
    private static final double CHARTS_SHARE_WHILE_REPLAYING = 0.4;
    /** Below this a chart's legend would leave its plot no room: a squeezed chart shows its lines without it. */
    private static final double HEIGHT_FOR_LEGEND = 200;
    /** Where along its line a replayed moment's label sits (0 the bottom, 1 the top of the plot). */
    private static final double REPLAYED_LABEL_HEIGHT = 0.9;

    public HealthHistoryView(HealthHistoryViewModel model, ReplayViewModel replay) {
        XYChart latency = Charts.chart("Latency", Charts.timeAxis(), Charts.axis("latency", ChartUnits.LATENCY, Side.LEFT));
        show(latency, model.latencySeries(), model.latencyGuides(), model.latencyObserved());
        XYChart errors = Charts.chart("Error rate", Charts.timeAxis(), Charts.axis("error rate", ChartUnits.SHARE, Side.LEFT));
        show(errors, List.of(model.errorRateSeries()), model.errorGuides(), model.errorObserved());
        for (XYChart chart : List.of(latency, errors)) {
            chart.legendVisibleProperty().bind(chart.heightProperty().greaterThanOrEqualTo(HEIGHT_FOR_LEGEND));
        }
        model.timeRangeProperty().addListener((obs, old, range) -> {
            for (XYChart chart : List.of(latency, errors)) {
                Charts.pinRange(chart.getXAxis(), range);
            }
        });
        javafx.beans.InvalidationListener markers = obs -> {
            for (XYChart chart : List.of(latency, errors)) {
                Charts.replaceMarkers(chart, markers(chart, model, replay));
            }
        };
        model.rollbacksProperty().addListener(markers);
        replay.resultProperty().addListener(markers);

        GridPane charts = new GridPane();
        charts.add(latency, 0, 0);
        charts.add(errors, 1, 0);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        RowConstraints grow = new RowConstraints();
        grow.setVgrow(Priority.ALWAYS);
        charts.getColumnConstraints().addAll(half, half);
        charts.getRowConstraints().add(grow);

        Tab replayTab = new Tab("Replay", new ReplayPanel(replay));
        TabPane tables = new TabPane(new Tab("Health checks", checksTable(model)), new Tab("Why (rule results)", whyTable(model)),
                replayTab);
        tables.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tables.getSelectionModel().select(1);
        SplitPane split = new SplitPane(charts, tables);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(CHARTS_SHARE);
        giveRoomWhileSelected(replayTab, split.getDividers().get(0));

        Label heading = new Label();
        heading.setId("health-heading");
        heading.setStyle("-fx-font-weight: bold;");
        heading.textProperty().bind(Derived.text(model.headerProperty(), HealthHistoryViewModel.Header::heading));
        Label verdict = new Label();
        verdict.setId("health-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(Derived.text(model.headerProperty(), HealthHistoryViewModel.Header::latestVerdict));
        Label source = new Label();
        source.setId("health-source");
        source.setWrapText(true);
        source.textProperty().bind(Derived.text(model.headerProperty(), header -> header.source().text()));
        source.styleProperty().bind(Derived.text(model.headerProperty(), header -> header.source().problem()
                ? "-fx-text-fill: #9a5b00;" : "-fx-text-fill: #555555;"));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        BorderPane content = new BorderPane(split);
        content.setTop(new VBox(2, new HBox(8, heading, progress), verdict, source));
        BorderPane.setMargin(content.getTop(), new Insets(0, 0, 6, 0));
        content.setPadding(new Insets(8));
        content.visibleProperty().bind(heading.textProperty().isNotEmpty());

        Label empty = new Label();
        empty.setId("health-empty");
        empty.textProperty().bind(Derived.text(model.headerProperty(), HealthHistoryViewModel.Header::emptyMessage));
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.headerProperty().get().hasData(),
                model.headerProperty()));
        empty.setStyle("-fx-font-size: 15px; -fx-background-color: rgba(255,255,255,0.85); -fx-padding: 12;");
        getChildren().addAll(content, empty);
    }

    /**
     * The Replay tab's rule fields, summary and table need more height than the other tables: while it is
     * selected the charts shrink to {@value #CHARTS_SHARE_WHILE_REPLAYING} of the split between charts and
     * tables, and get their height back when it is left, unless the operator moved the divider in between.
     */
    private static void giveRoomWhileSelected(Tab tab, SplitPane.Divider divider) {
        double[] restoreTo = {Double.NaN};
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && divider.getPosition() > CHARTS_SHARE_WHILE_REPLAYING) {
                restoreTo[0] = divider.getPosition();
                divider.setPosition(CHARTS_SHARE_WHILE_REPLAYING);
            } else if (!selected && !Double.isNaN(restoreTo[0])) {
                if (Math.abs(divider.getPosition() - CHARTS_SHARE_WHILE_REPLAYING) < 0.005) {
                    divider.setPosition(restoreTo[0]);
                }
                restoreTo[0] = Double.NaN;
            }
        });
    }

    private static void show(XYChart chart, List<? extends DataSet> series, ObservableList<? extends DataSet> guides,
                             ObservableList<? extends DataSet> observed) {
        ErrorDataSetRenderer lines = Charts.renderer(chart, LineStyle.NORMAL, true);
        lines.getDatasets().addAll(series);
        ErrorDataSetRenderer guideRenderer = Charts.renderer(chart, LineStyle.NORMAL, false);
        Bindings.bindContent(guideRenderer.getDatasets(), guides);
        ErrorDataSetRenderer breaches = Charts.renderer(chart, LineStyle.NONE, true);
        Bindings.bindContent(breaches.getDatasets(), observed);
    }

    /** The recorded rollbacks, and beside them when the last replay would have rolled back or paused. */
    private static List<XValueIndicator> markers(XYChart chart, HealthHistoryViewModel model, ReplayViewModel replay) {
        List<XValueIndicator> markers = new ArrayList<>();
        model.rollbacksProperty().get().forEach(moment -> markers.add(Charts.marker(chart,
                ChartData.epochSeconds(moment.at()), "rollback")));
        ReplayResult result = replay.resultProperty().get();
        if (result != null && result.rollback().replayed() != null) {
            markers.add(replayedMarker(chart, result.rollback().replayed(), "replayed rollback"));
        }
        if (result != null && result.pause().replayed() != null) {
            markers.add(replayedMarker(chart, result.pause().replayed(), "replayed pause"));
        }
        return markers;
    }

    /** Labelled near the top of the plot, so it stays readable beside a recorded rollback a few minutes away. */
    private static XValueIndicator replayedMarker(XYChart chart, Instant at, String text) {
        XValueIndicator marker = Charts.marker(chart, ChartData.epochSeconds(at), text);
        marker.setLabelPosition(REPLAYED_LABEL_HEIGHT);
        return marker;
    }

    private static TableView<HealthCheck> checksTable(HealthHistoryViewModel model) {
        TableView<HealthCheck> table = Tables.filling(model.checks(), "health-checks", "No health checks");
        table.getColumns().add(Tables.column("Time", 140, check -> DisplayFormats.time(check.timestamp())));
        table.getColumns().add(Tables.column("Status", 80, check -> check.status().value()));
        table.getColumns().add(Tables.column("p50", 70, check -> DisplayFormats.millis(check.metrics().latencyP50())));
        table.getColumns().add(Tables.column("p95", 70, check -> DisplayFormats.millis(check.metrics().latencyP95())));
        table.getColumns().add(Tables.column("p99", 70, check -> DisplayFormats.millis(check.metrics().latencyP99())));
        table.getColumns().add(Tables.column("Error rate", 75, check -> DisplayFormats.percent(check.metrics().errorRate())));
        table.getColumns().add(Tables.column("Req/s", 70, check -> DisplayFormats.decimal(check.metrics().requestsPerSecond(), 1)));
        table.getColumns().add(Tables.column("Message", 250, HealthCheck::message));
        return table;
    }

    private static TableView<WhyRow> whyTable(HealthHistoryViewModel model) {
        TableView<WhyRow> table = Tables.filling(model.why(), "health-why",
                "No decision to explain: no health check and no rollback with rule results");
        TableColumn<WhyRow, String> decision = Tables.column("Decision", 190, WhyRow::decision);
        TableColumn<WhyRow, String> rule = Tables.column("Rule", 140, row -> row.rule().rule());
        TableColumn<WhyRow, String> measured = Tables.column("Measured", 190, row -> RuleFormats.measured(row.rule()));
        TableColumn<WhyRow, String> baseline = Tables.column("Baseline", 100, row -> RuleFormats.baseline(row.rule()));
        TableColumn<WhyRow, String> threshold = Tables.column("Threshold", 130, row -> RuleFormats.threshold(row.rule()));
        TableColumn<WhyRow, String> triggered = Tables.column("Triggered", 80, row -> row.rule().triggered() ? "YES" : "no");
        TableColumn<WhyRow, String> reason = Tables.column("Reason", 300, row -> row.rule().reason() == null ? "" : row.rule().reason());
        reason.setCellFactory(column -> textWithTooltip());
        TableColumn<WhyRow, String> query = Tables.column("Query", 240, row -> row.query() == null ? "" : row.query());
        query.setCellFactory(column -> textWithTooltip());
        // Only a deployment bound to Prometheus has queries to show.
        query.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.why().stream().anyMatch(row -> row.query() != null), model.why()));
        table.getColumns().addAll(List.of(decision, rule, triggered, measured, baseline, threshold, query, reason));
        Tables.fitToContent(table, decision, rule, measured, baseline, threshold, triggered);
        Tables.highlight(table, row -> row.rule().triggered(), "-fx-background-color: #f8d0d0;");
        return table;
    }


    /** A cell whose full text shows in a tooltip, for the columns that take what width is left. */
    private static TableCell<WhyRow, String> textWithTooltip() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        };
    }
}
