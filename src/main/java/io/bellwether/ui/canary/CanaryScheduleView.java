package io.bellwether.ui.canary;

import io.bellwether.domain.CanarySchedule;
import io.bellwether.ui.common.CommandButtons;
import io.bellwether.ui.common.CheckVerdicts;
import io.bellwether.ui.common.Charts;
import io.bellwether.ui.common.Derived;
import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.ui.common.Tables;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import java.util.List;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** Controls and bindings of the canary stage schedule screen. */
public final class CanaryScheduleView extends StackPane {

    public CanaryScheduleView(CanaryScheduleViewModel model) {
        Label heading = new Label();
        heading.setId("canary-heading");
        heading.setStyle("-fx-font-weight: bold;");
        heading.textProperty().bind(Derived.text(model.headerProperty(), CanaryScheduleViewModel.Header::heading));
        Button advance = CommandButtons.of("canary-advance", "Advance to next stage", model.advanceCommand());
        Button pause = CommandButtons.of("canary-pause", "", model.pauseOrResumeCommand());
        pause.textProperty().bind(Derived.text(model.headerProperty(), CanaryScheduleViewModel.Header::pauseText));
        Label status = new Label();
        status.setId("canary-status");
        status.textProperty().bind(model.status().messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.status().busyProperty());
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        for (javafx.scene.control.Control keepsItsText : List.of(heading, advance, pause)) {
            keepsItsText.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, heading, progress, spacer, advance, pause);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(4, row, status);
        bar.setPadding(new Insets(0, 0, 6, 0));

        SplitPane split = new SplitPane(table(model), chart(model));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.33);
        BorderPane content = new BorderPane(split);
        content.setTop(bar);
        content.setPadding(new Insets(8));
        StringBinding emptyMessage = Derived.text(model.headerProperty(), CanaryScheduleViewModel.Header::emptyMessage);
        content.visibleProperty().bind(emptyMessage.isEmpty());

        Label empty = new Label();
        empty.setId("canary-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(600);
        empty.setStyle("-fx-font-size: 15px;");
        empty.textProperty().bind(emptyMessage);
        empty.visibleProperty().bind(emptyMessage.isNotEmpty());
        getChildren().addAll(content, empty);
    }

    private static TableView<StageRow> table(CanaryScheduleViewModel model) {
        TableView<StageRow> table = Tables.filling(model.stages(), "canary-stages", null);
        TableColumn<StageRow, String> stage = Tables.column("Stage", 45, row -> String.valueOf(row.index() + 1));
        TableColumn<StageRow, String> label = Tables.column("Label", 140, StageRow::label);
        TableColumn<StageRow, String> planned = Tables.column("Planned start", 95, row -> DisplayFormats.time(row.plannedStart()));
        TableColumn<StageRow, String> actual = Tables.column("Actual start", 95, row -> DisplayFormats.time(row.actualStart()));
        TableColumn<StageRow, String> traffic = Tables.column("Traffic", 60, row -> CanarySchedule.percent(row.traffic()));
        TableColumn<StageRow, String> status = Tables.column("Status", 65, row -> row.status().label());
        table.getColumns().addAll(List.of(stage, label, planned, actual, traffic, status));
        Tables.fitToContent(table, stage, label, planned, actual, traffic, status);
        table.getColumns().add(Tables.column("Gate (engine verdict)", 320, StageRow::gate));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(StageRow row, boolean empty) {
                super.updateItem(row, empty);
                String style = "";
                if (!empty && row != null) {
                    if (CheckVerdicts.isBreach(row.gate())) {
                        style = "-fx-background-color: #f8d0d0;";
                    } else if (row.status() == StageStatus.CURRENT || row.status() == StageStatus.PAUSED) {
                        style = "-fx-background-color: #dcecff; -fx-font-weight: bold;";
                    }
                }
                setStyle(style);
            }
        });
        return table;
    }

    private static XYChart chart(CanaryScheduleViewModel model) {
        DefaultNumericAxis traffic = Charts.axis("traffic", "%", Side.LEFT);
        traffic.setForceZeroInRange(true);
        XYChart chart = Charts.chart("Traffic to the canary: planned vs actual",
                Charts.axis("time since start", "h", Side.BOTTOM), traffic);
        ErrorDataSetRenderer steps = Charts.renderer(chart, LineStyle.NORMAL, false);
        steps.getDatasets().addAll(model.traffic().planned(), model.traffic().actual());
        return chart;
    }

}
