package io.bellwether.ui.queue;

import io.bellwether.ui.common.Tables;
import io.bellwether.ui.queue.QueueViewModel.Row;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Needs a human" panel: one row per waiting item (age, kind, target, reason) with a "Go to" button,
 * shown under the header while its toolbar button is pressed.
 */
public final class QueueView extends VBox {
    /** Rows shown before the table scrolls; each is as tall as its "Go to" button. */
    static final int VISIBLE_ROWS = 5;
    static final double ROW = 30;
    static final double HEADER = 28;

    public QueueView(QueueViewModel viewModel) {
        super(4);
        setId("queuePanel");
        getStyleClass().add("queue-panel");
        setPadding(new Insets(6, 10, 6, 10));
        Label title = new Label("Needs a human");
        title.getStyleClass().add("section-title");
        Label count = new Label();
        count.setId("queueCount");
        count.textProperty().bind(viewModel.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setId("queueClose");
        close.setOnAction(event -> viewModel.openProperty().set(false));
        HBox heading = new HBox(10, title, count, spacer, close);
        heading.setAlignment(Pos.CENTER_LEFT);

        TableView<Row> table = new TableView<>(viewModel.rows());
        table.setId("queueTable");
        Label placeholder = new Label();
        placeholder.setId("queueEmpty");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        table.setPlaceholder(placeholder);
        TableColumn<Row, String> age = Tables.column("Age", 80, Row::age);
        TableColumn<Row, String> kind = Tables.column("Kind", 130, Row::kind);
        TableColumn<Row, String> target = Tables.column("Target", 330, Row::target);
        TableColumn<Row, String> reason = Tables.column("Reason", 420, Row::reason);
        reason.setCellFactory(column -> new ReasonCell());
        TableColumn<Row, Row> go = new TableColumn<>("");
        go.setPrefWidth(72);
        go.setMinWidth(72);
        go.setSortable(false);
        go.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        go.setCellFactory(column -> new GoToCell(viewModel));
        table.getColumns().add(go);
        table.getColumns().addAll(java.util.List.of(age, kind, target, reason));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        Tables.fitToContent(table, age, kind, target);
        table.setFixedCellSize(ROW);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> HEADER + 2
                + ROW * Math.max(1, Math.min(VISIBLE_ROWS, viewModel.rows().size())), viewModel.rows()));
        table.minHeightProperty().bind(table.prefHeightProperty());
        getChildren().addAll(heading, table);
        managedProperty().bind(viewModel.openProperty());
        visibleProperty().bind(viewModel.openProperty());
    }

    /** The reason, its whole text in a tooltip when the column cuts it. */
    private static final class ReasonCell extends TableCell<Row, String> {
        @Override
        protected void updateItem(String reason, boolean empty) {
            super.updateItem(reason, empty);
            setText(empty ? null : reason);
            setTooltip(empty || reason == null ? null : new Tooltip(reason));
        }
    }

    private static final class GoToCell extends TableCell<Row, Row> {
        private final Button button = new Button("Go to");

        GoToCell(QueueViewModel viewModel) {
            button.getStyleClass().add("queue-go-to");
            button.setOnAction(event -> viewModel.goTo(getItem()));
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(empty || row == null ? null : button);
        }
    }
}
