package io.bellwether.ui.timeline;

import io.bellwether.ui.timeline.TimelineEvent.Kind;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** The timeline screen's controls, bound to a {@link TimelineViewModel}. */
public final class TimelineView extends BorderPane {

    public TimelineView(TimelineViewModel viewModel) {
        getStyleClass().add("timeline-view");
        TimelineChart chart = new TimelineChart();
        chart.setId("timelineChart");
        InvalidationListener redraw = obs -> chart.setData(viewModel.lanes(), viewModel.viewProperty().get().start(),
                viewModel.viewProperty().get().end(), viewModel.zone());
        viewModel.lanes().addListener(redraw);
        viewModel.viewProperty().addListener(redraw);
        chart.setOnZoom(viewModel::zoom);
        chart.setOnPan(viewModel::pan);
        viewModel.selectedEventProperty().addListener((obs, old, now) -> chart.setSelected(now));
        viewModel.highlightedLaneProperty().addListener((obs, old, now) -> chart.setHighlighted(now));
        chart.setOnSelect(viewModel.selectedEventProperty()::set);

        ComboBox<TimelineViewModel.Window> window = new ComboBox<>(FXCollections.observableArrayList(TimelineViewModel.Window.values()));
        window.setId("timelineWindow");
        window.valueProperty().bindBidirectional(viewModel.windowProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(viewModel.status().busyProperty());
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.textProperty().bind(viewModel.status().messageProperty());
        HBox top = new HBox(10, new Label("Show"), window, zoomButtons(viewModel), legend(), loading, error);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));
        HBox.setHgrow(top.getChildren().get(3), Priority.ALWAYS);

        ScrollPane scroll = new ScrollPane(chart);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("timeline-scroll");
        Label empty = new Label("No deployments yet: the timeline fills as deployments are created and started.");
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.axisProperty().get().start() == null,
                viewModel.axisProperty()));
        StackPane center = new StackPane(scroll, empty);

        TextArea details = new TextArea();
        details.setId("timelineDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.textProperty().bind(viewModel.selectedDetailsProperty());
        VBox.setVgrow(details, Priority.ALWAYS);
        VBox side = new VBox(4, sectionLabel("Event details"), details);
        side.setPadding(new Insets(0, 8, 8, 8));
        side.setPrefWidth(230);
        side.setMinWidth(180);

        Label thinned = new Label();
        thinned.setId("timelineThinned");
        thinned.getStyleClass().add("timeline-note");
        thinned.setWrapText(true);
        thinned.setPadding(new Insets(0, 8, 4, 8));
        thinned.textProperty().bind(viewModel.thinnedNoteProperty());
        thinned.visibleProperty().bind(viewModel.thinnedNoteProperty().isNotEmpty());
        thinned.managedProperty().bind(thinned.visibleProperty());

        setTop(new VBox(top, thinned));
        setCenter(center);
        setRight(side);
    }

    /** Zoom in and out around the middle, and back to the whole history; the wheel and a drag do the same on the chart. */
    private static HBox zoomButtons(TimelineViewModel viewModel) {
        javafx.scene.control.Button in = new javafx.scene.control.Button("+");
        in.setId("timelineZoomIn");
        in.setOnAction(event -> viewModel.zoom(0.5, 0.5));
        javafx.scene.control.Button out = new javafx.scene.control.Button("\u2212");
        out.setId("timelineZoomOut");
        out.setOnAction(event -> viewModel.zoom(2, 0.5));
        javafx.scene.control.Button fit = new javafx.scene.control.Button("Fit");
        fit.setId("timelineFit");
        fit.setOnAction(event -> viewModel.fit());
        for (javafx.scene.control.Button button : new javafx.scene.control.Button[] {in, out, fit}) {
            button.setTooltip(new javafx.scene.control.Tooltip("Zoom with the mouse wheel, drag to pan"));
        }
        HBox buttons = new HBox(2, in, out, fit);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        return buttons;
    }

    private static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static FlowPane legend() {
        FlowPane legend = new FlowPane(10, 4);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Kind kind : new Kind[] {Kind.CREATED, Kind.STARTED, Kind.STAGE_CHANGED, Kind.COMPLETED, Kind.ROLLED_BACK,
                Kind.COMPARISONS, Kind.HOOK_CALLED, Kind.HOOK_FAILED, Kind.HEALTH_HEALTHY, Kind.HEALTH_DEGRADED, Kind.HEALTH_UNHEALTHY}) {
            Circle dot = new Circle(5);
            dot.getStyleClass().addAll("timeline-event", "event-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            String text = kind.isHealthCheck() ? kind.name().substring(7).toLowerCase(Locale.ROOT)
                    : TimelineViewModel.title(kind).toLowerCase(Locale.ROOT);
            Label label = new Label(text, dot);
            label.getStyleClass().add("legend-label");
            legend.getChildren().add(label);
        }
        return legend;
    }
}
