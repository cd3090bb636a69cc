package io.bellwether.ui.shadow;

import io.bellwether.domain.ShadowDeployment;
import io.bellwether.ui.common.ChartUnits;
import io.bellwether.ui.common.Charts;
import io.bellwether.ui.common.Derived;
import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.ui.common.Tables;
import io.bellwether.ui.common.VerdictLines;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Controls and bindings of the shadow comparison screen. */
public final class ShadowComparisonView extends BorderPane {

    public ShadowComparisonView(ShadowComparisonViewModel model) {
        setPadding(new Insets(8));
        setTop(selector(model));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.add(agreementChart(model), 0, 0);
        grid.add(histogramChart(model), 1, 0);
        grid.add(scatterChart(model), 0, 1);
        ScrollPane side = new ScrollPane(sidePanel(model));
        side.setFitToWidth(true);
        side.setMinSize(0, 0);
        side.setStyle("-fx-background-color: transparent;");
        grid.add(side, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            grid.getRowConstraints().add(row);
        }
        Label empty = new Label();
        empty.setId("shadow-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(600);
        empty.setStyle("-fx-font-size: 15px; -fx-background-color: rgba(255,255,255,0.9); -fx-padding: 12;");
        empty.textProperty().bind(model.emptyMessageProperty());
        empty.visibleProperty().bind(model.emptyMessageProperty().isNotEmpty());
        grid.visibleProperty().bind(model.emptyMessageProperty().isEmpty());
        setCenter(new StackPane(grid, empty));
        Label status = new Label();
        status.setId("shadow-status");
        status.textProperty().bind(model.status().messageProperty());
        Label summary = new Label();
        summary.setId("shadow-summary");
        summary.setStyle("-fx-font-weight: bold;");
        summary.textProperty().bind(model.summaryProperty());
        VBox footer = new VBox(2, summary, status);
        setBottom(footer);
        BorderPane.setMargin(footer, new Insets(4, 0, 0, 0));
    }

    private static HBox selector(ShadowComparisonViewModel model) {
        ComboBox<ShadowDeployment> shadows = new ComboBox<>(model.shadows());
        shadows.setId("shadow-selector");
        shadows.valueProperty().bindBidirectional(model.selectedProperty());
        shadows.setPromptText("shadow deployment");
        shadows.setCellFactory(list -> new ShadowCell());
        shadows.setButtonCell(new ShadowCell());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.status().busyProperty());
        shadows.setMaxWidth(520);
        Button disagreements = new Button("Disagreements\u2026");
        disagreements.setId("shadow-disagreements");
        disagreements.disableProperty().bind(model.selectedProperty().isNull());
        disagreements.setOnAction(e -> DisagreementsWindow.open(disagreements, model.disagreementBrowser(),
                model.selectedProperty().get().shadowId(), model.selectedProperty().get().shadowModel()));
        HBox bar = new HBox(8, new Label("Shadow deployment:"), shadows, disagreements, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 6, 0));
        return bar;
    }

    private static XYChart agreementChart(ShadowComparisonViewModel model) {
        XYChart chart = Charts.chart("Agreement rate over time", Charts.timeAxis(), Charts.axis("agreement", "%", Side.LEFT));
        ErrorDataSetRenderer renderer = Charts.renderer(chart, LineStyle.NORMAL, true);
        renderer.getDatasets().add(model.charts().agreementOverTime());
        return chart;
    }

    private static XYChart histogramChart(ShadowComparisonViewModel model) {
        DefaultNumericAxis requests = Charts.axis("requests", null, Side.LEFT);
        requests.setTickLabelFormatter(Charts.GROUPED_INTEGER);
        XYChart chart = Charts.chart("Latency distribution", Charts.axis("latency", ChartUnits.LATENCY, Side.BOTTOM), requests);
        ErrorDataSetRenderer renderer = Charts.renderer(chart, LineStyle.HISTOGRAM, false);
        renderer.getDatasets().addAll(model.charts().primaryHistogram(), model.charts().shadowHistogram());
        return chart;
    }

    private static XYChart scatterChart(ShadowComparisonViewModel model) {
        XYChart chart = Charts.chart("Primary vs shadow latency per request",
                Charts.axis("primary latency", ChartUnits.LATENCY, Side.BOTTOM),
                Charts.axis("shadow latency", ChartUnits.LATENCY, Side.LEFT));
        ErrorDataSetRenderer points = Charts.renderer(chart, LineStyle.NONE, true);
        points.getDatasets().add(model.charts().scatter());
        ErrorDataSetRenderer line = Charts.renderer(chart, LineStyle.NORMAL, false);
        line.getDatasets().add(model.charts().diagonal());
        return chart;
    }

    private static VBox sidePanel(ShadowComparisonViewModel model) {
        TableView<LatencyRow> table = Tables.filling(model.latencies(), "shadow-latencies", null);
        table.getColumns().add(Tables.column("Latency", 80, LatencyRow::statistic));
        table.getColumns().add(Tables.column("Primary", 90, row -> DisplayFormats.millis(row.primary())));
        table.getColumns().add(Tables.column("Shadow", 90, row -> DisplayFormats.millis(row.shadow())));
        table.getColumns().add(Tables.column("Ratio", 70, row -> DisplayFormats.decimal(row.ratio(), 2) + "×"));
        table.setFixedCellSize(24);
        table.setPrefHeight(24 * 5 + 6);
        table.setMinHeight(24 * 5 + 6);

        ReadinessPanelModel readiness = model.readiness();
        Label verdict = new Label();
        verdict.setId("shadow-verdict");
        verdict.textProperty().bind(Derived.text(readiness.verdictProperty(), VerdictLines::headline));
        readiness.verdictProperty().addListener((obs, old, now) -> verdict.setStyle(now.ready() == null ? ""
                : "-fx-font-size: 15px; -fx-font-weight: bold; -fx-text-fill: " + (now.ready() ? "#1b7a2f;" : "#b00020;")));
        Label agreement = new Label();
        agreement.setId("shadow-agreement-criterion");
        agreement.textProperty().bind(Derived.text(readiness.verdictProperty(), VerdictLines::agreement));
        Label latency = new Label();
        latency.setId("shadow-latency-criterion");
        latency.textProperty().bind(Derived.text(readiness.verdictProperty(), VerdictLines::latency));
        agreement.setWrapText(true);
        latency.setWrapText(true);
        Spinner<Double> minAgreement = spinner(0.5, 1.0, 0.01, readiness.minAgreementRateProperty());
        minAgreement.setId("shadow-min-agreement");
        // The share reads in % as everywhere in the console; the model keeps the guide's fraction.
        ((SpinnerValueFactory.DoubleSpinnerValueFactory) minAgreement.getValueFactory()).setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double fraction) {
                return fraction == null ? "" : io.bellwether.ui.common.DetailLines.readable(io.bellwether.ui.common.ChartUnits.percent(fraction)) + " %";
            }

            @Override
            public Double fromString(String text) {
                return Double.parseDouble(text.replace("%", "").trim()) / 100;
            }
        });
        minAgreement.getEditor().setText(minAgreement.getValueFactory().getConverter().toString(minAgreement.getValue()));
        Spinner<Double> maxRatio = spinner(1.0, 5.0, 0.05, readiness.maxP95RatioProperty());
        HBox settings = new HBox(6, new Label("agreement >"), minAgreement, new Label("p95 ratio <"), maxRatio);
        settings.setAlignment(Pos.CENTER_LEFT);
        VBox panel = new VBox(6, table, new Label("Readiness for promotion"), verdict, agreement, latency, settings,
                new EvidencePane(model.evidence()));
        VBox.setVgrow(table, Priority.NEVER);
        return panel;
    }

    private static Spinner<Double> spinner(double min, double max, double step, javafx.beans.property.DoubleProperty value) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value.get(), step);
        Spinner<Double> spinner = new Spinner<>(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(80);
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        return spinner;
    }

    private static final class ShadowCell extends ListCell<ShadowDeployment> {
        @Override
        protected void updateItem(ShadowDeployment shadow, boolean empty) {
            super.updateItem(shadow, empty);
            setText(empty || shadow == null ? null
                    : shadow.primaryModel() + " → " + shadow.shadowModel() + "  (" + shadow.shadowId() + ")");
        }
    }
}
