package io.bellwether.ui.review;

import io.bellwether.domain.PromotionRequest;
import io.bellwether.ui.common.CommandButtons;
import io.bellwether.ui.common.ChartUnits;
import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.ui.common.Tables;
import io.bellwether.ui.common.Derived;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The review screen's controls, bound to a {@link ReviewViewModel}; it holds no state of its own. */
public final class ReviewView extends BorderPane {
    /** The decision bar's message line: fixed, so the buttons above it never move. */
    static final double MESSAGE_HEIGHT = 20;

    private static TitledPane checklistPane(ReviewViewModel model, Runnable revealMetrics) {
        ChecklistPanelModel checklist = model.checklistPanel();
        ListView<ChecklistPanelModel.Line> items = new ListView<>(checklist.lines());
        items.setId("review-checklist");
        items.setPrefHeight(42 * 7 + 4);
        items.setCellFactory(view -> new ChecklistCell(link -> {
            if (link.place() == io.bellwether.domain.PreDeploymentCheck.Place.REGISTRY) {
                revealMetrics.run();
            } else {
                model.openEvidence(link);
            }
        }));
        TitledPane pane = new TitledPane("", items);
        pane.textProperty().bind(checklist.headlineProperty());
        model.reviewProperty().addListener((o, old, now) -> {
            if (now != null) {
                checklist.load(now.request().modelName(), now.request().version(),
                        model.canaryEnvironmentProperty().get().isBlank() ? "production"
                                : model.canaryEnvironmentProperty().get().strip());
            }
        });
        return pane;
    }

    private static Button disagreementsButton(ReviewViewModel model) {
        Button open = new Button("Disagreements\u2026");
        open.setId("review-disagreements");
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        open.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                model.reviewProperty().get() == null || !model.reviewProperty().get().hasShadow(), model.reviewProperty()));
        open.setOnAction(e -> io.bellwether.ui.shadow.DisagreementsWindow.open(open, model.disagreementBrowser(),
                model.reviewProperty().get().shadow().shadowId(), model.reviewProperty().get().shadow().shadowModel()));
        return open;
    }

    public ReviewView(ReviewViewModel model) {
        getStylesheets().add(ReviewView.class.getResource("review.css").toExternalForm());
        getStyleClass().add("review");
        SplitPane split = new SplitPane(requestList(model), details(model));
        split.setDividerPositions(0.3);
        setCenter(split);
        setBottom(decisionBar(model));
    }

    private static VBox requestList(ReviewViewModel model) {
        ListView<PromotionRequest> list = new ListView<>(model.requests());
        list.setId("review-requests");
        list.setPlaceholder(new Label("No promotion waits for review"));
        list.setCellFactory(view -> new RequestCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, before, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, sectionTitle("Promotion requests"), list);
        box.setPadding(new Insets(8));
        box.setMinWidth(220);
        return box;
    }

    private static javafx.scene.layout.StackPane details(ReviewViewModel model) {
        var evidence = model.evidenceProperty();
        Label summary = boundLabel(Derived.text(evidence, ReviewViewModel.Evidence::request), "review-request");
        Label verdict = boundLabel(Derived.text(evidence, e -> e.verdict().headline()), "review-verdict");
        evidence.addListener((o, was, now) -> verdict.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("ready"), now.verdict().isReady()));
        Label agreement = boundLabel(Derived.text(evidence, e -> e.verdict().agreement()), "review-criterion");
        agreement.setId("review-agreement");
        Label latency = boundLabel(Derived.text(evidence, e -> e.verdict().latency()), "review-criterion");
        latency.setId("review-latency");
        Label shadow = boundLabel(Derived.text(evidence, ReviewViewModel.Evidence::shadow), "review-shadow");

        TableView<ReviewViewModel.MetricLine> metrics = table("review-metrics", model.metricLines());
        metrics.getColumns().add(Tables.unsorted("Metric", ReviewViewModel.MetricLine::metric));
        metrics.getColumns().add(Tables.unsorted("Production", ReviewViewModel.MetricLine::production));
        metrics.getColumns().add(Tables.unsorted("Candidate", ReviewViewModel.MetricLine::candidate));
        metrics.getColumns().add(Tables.unsorted("\u0394", ReviewViewModel.MetricLine::difference));
        metrics.setPlaceholder(new Label("No offline metrics"));

        TableView<ReviewViewModel.LatencyLine> latencies = table("review-latencies", model.latencyLines());
        latencies.getColumns().add(Tables.unsorted("Latency", ReviewViewModel.LatencyLine::statistic));
        latencies.getColumns().add(Tables.unsorted("Primary", line -> DisplayFormats.millis(line.primary())));
        latencies.getColumns().add(Tables.unsorted("Shadow", line -> DisplayFormats.millis(line.shadow())));
        latencies.setPlaceholder(new Label("No shadow comparisons"));

        TitledPane metricsPane = titled("", metrics);
        metricsPane.textProperty().bind(Derived.text(evidence, ReviewViewModel.Evidence::metricsTitle));
        HBox tables = new HBox(10, metricsPane,
                titled("Shadow latency percentiles", latencies));
        VBox criteria = new VBox(2, verdict, agreement, latency);

        ListView<String> history = new ListView<>(model.history());
        history.setId("review-history");
        history.setPrefHeight(90);
        VBox content = new VBox(8);
        ScrollPane scroll = new ScrollPane(content);
        Runnable revealMetrics = () -> {
            scroll.setVvalue(Math.min(1, tables.getBoundsInParent().getMinY()
                    / Math.max(1, content.getHeight() - scroll.getViewportBounds().getHeight())));
            metrics.requestFocus();
        };
        content.getChildren().addAll(summary, criteria, new io.bellwether.ui.shadow.EvidencePane(model.shadowEvidence()),
                new HBox(8, shadow, disagreementsButton(model)),
                checklistPane(model, revealMetrics), tables, latencyChart(model),
                titled("History of this version", history));
        content.setPadding(new Insets(8));
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.reviewProperty().isNotNull());
        Label none = new Label("Select a promotion request to see its evidence.\nRequests are made with"
                + " \"bellwether models promote NAME VERSION --justification TEXT\".");
        none.setId("review-none");
        none.setWrapText(true);
        none.visibleProperty().bind(model.reviewProperty().isNull());
        return new javafx.scene.layout.StackPane(scroll, none);
    }

    private static BarChart<String, Number> latencyChart(ReviewViewModel model) {
        NumberAxis latency = new NumberAxis();
        latency.setLabel("latency [" + ChartUnits.LATENCY + "]");
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), latency);
        chart.setId("review-latency-chart");
        chart.setAnimated(false);
        chart.setPrefHeight(180);
        chart.setMinHeight(140);
        chart.setBarGap(2);
        chart.setCategoryGap(24);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        chart.visibleProperty().bind(Bindings.isNotEmpty(model.latencyLines()));
        chart.managedProperty().bind(chart.visibleProperty());
        XYChart.Series<String, Number> primary = new XYChart.Series<>();
        primary.setName("primary");
        XYChart.Series<String, Number> shadow = new XYChart.Series<>();
        shadow.setName("shadow");
        chart.getData().addAll(java.util.List.of(primary, shadow));
        model.latencyLines().addListener((ListChangeListener<ReviewViewModel.LatencyLine>) change -> {
            primary.getData().setAll(model.latencyLines().stream()
                    .map(line -> new XYChart.Data<String, Number>(line.statistic(), ChartUnits.millis(line.primary()))).toList());
            shadow.getData().setAll(model.latencyLines().stream()
                    .map(line -> new XYChart.Data<String, Number>(line.statistic(), ChartUnits.millis(line.shadow()))).toList());
        });
        return chart;
    }

    private HBox decisionBar(ReviewViewModel model) {
        TextArea comment = new TextArea();
        comment.setId("review-comment");
        comment.setPromptText("Comment (required to approve or reject)");
        comment.setPrefRowCount(2);
        comment.textProperty().bindBidirectional(model.commentProperty());
        HBox.setHgrow(comment, Priority.ALWAYS);

        Button approve = CommandButtons.of("review-approve", "Approve", model.approveCommand(), model::approve);
        approve.getStyleClass().add("approve");
        Button reject = CommandButtons.of("review-reject", "Reject", model.rejectCommand(), model::reject);
        Button canary = CommandButtons.of("review-create-canary", "Create canary", model.createCanaryCommand(),
                model::createCanary);
        Button export = CommandButtons.of("review-export", "Export report\u2026", model.exportCommand(), () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the shadow review");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML page", "*.html"));
            chooser.setInitialFileName("shadow-review.html");
            File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                model.exportReport(file.toPath());
            }
        });

        Label message = boundLabel(model.status().messageProperty(), "review-message");
        message.setId("review-message");
        model.failedProperty().addListener((o, was, failed) -> message.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("failed"), failed));
        // One line, ellipsised, the whole text in the tooltip: a long refusal must not grow the bar and move the buttons.
        message.setWrapText(false);
        message.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(MESSAGE_HEIGHT);
        message.setPrefHeight(MESSAGE_HEIGHT);
        message.setMaxHeight(MESSAGE_HEIGHT);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(520);
        whole.textProperty().bind(message.textProperty());
        message.tooltipProperty().bind(Bindings.when(message.textProperty().isEmpty())
                .then((javafx.scene.control.Tooltip) null).otherwise(whole));
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.setMinSize(18, 18);
        progress.visibleProperty().bind(model.status().busyProperty());

        javafx.scene.control.TextField environment = new javafx.scene.control.TextField();
        environment.setId("review-canary-environment");
        environment.setPrefColumnCount(8);
        environment.textProperty().bindBidirectional(model.canaryEnvironmentProperty());
        javafx.scene.control.TextField traffic = new javafx.scene.control.TextField();
        traffic.setId("review-canary-traffic");
        traffic.setPrefColumnCount(3);
        traffic.textProperty().bindBidirectional(model.canaryInitialTrafficProperty());
        HBox canaryForm = new HBox(4, new Label("in"), environment, new Label("at"), traffic, new Label("%"));
        canaryForm.setAlignment(Pos.CENTER_LEFT);
        canaryForm.disableProperty().bind(model.createCanaryCommand().executableProperty().not()
                .and(model.canaryEnvironmentProperty().isNotEmpty()));
        HBox canaryRow = new HBox(6, canary, canaryForm);
        canaryRow.setAlignment(Pos.CENTER_LEFT);
        VBox buttons = new VBox(6, new HBox(6, approve, reject, export), canaryRow);
        VBox right = new VBox(4, buttons, new HBox(6, progress, message));
        right.setPrefWidth(380);
        right.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, comment, right);
        bar.setAlignment(Pos.TOP_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("review-decision");
        return bar;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label boundLabel(javafx.beans.value.ObservableStringValue text, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    private static TitledPane titled(String title, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(false);
        return pane;
    }

    private static <T> TableView<T> table(String id, javafx.collections.ObservableList<T> items) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(130);
        table.setPrefWidth(340);
        return table;
    }

    /** Two lines: the model and target stage, then who asked and where it stands. */
    private static final class RequestCell extends ListCell<PromotionRequest> {
        @Override
        protected void updateItem(PromotionRequest r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = new Label(r.modelName() + " " + r.version() + " \u2192 " + r.targetStage().value());
            title.getStyleClass().add("row-title");
            Label detail = new Label(r.requestedBy() + " \u00b7 " + r.status().value());
            detail.getStyleClass().add("row-detail");
            setText(null);
            setGraphic(new VBox(1, title, detail));
        }
    }
}
