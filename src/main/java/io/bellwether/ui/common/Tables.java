package io.bellwether.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Table building shared by the screens: text columns, sorting over a read-only list, columns as wide as their text. */
public final class Tables {
    private Tables() {
    }

    /** A table over {@code rows} whose header clicks sort a view of the list, never the list itself. */
    public static <T> TableView<T> sortable(ObservableList<T> rows) {
        TableView<T> table = new TableView<>();
        SortedList<T> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        return table;
    }

    /**
     * {@link #sortable} with its node id, columns that fill the width (the last one taking the rest) and,
     * unless null, what it says while empty.
     */
    public static <T> TableView<T> filling(ObservableList<T> rows, String id, String whenEmpty) {
        TableView<T> table = sortable(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        if (whenEmpty != null) {
            table.setPlaceholder(new Label(whenEmpty));
        }
        return table;
    }

    /** A column at TableColumn's default width whose header does not sort: for tables in a fixed order. */
    public static <T> TableColumn<T, String> unsorted(String title, Function<T, String> value) {
        TableColumn<T, String> column = column(title, 80, value);
        column.setSortable(false);
        return column;
    }

    public static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** Draws the rows that {@code marked} picks with {@code style} (e.g. a background colour). */
    public static <T> void highlight(TableView<T> table, java.util.function.Predicate<T> marked, String style) {
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(!empty && row != null && marked.test(row) ? style : "");
            }
        });
    }

    /**
     * Keeps each of {@code columns} at least as wide as its header and every cell's text (measured bold, as a
     * highlighted row draws it), re-measured whenever the rows change; the table's resize policy shares out the rest.
     */
    @SafeVarargs
    public static <T> void fitToContent(TableView<T> table, TableColumn<T, String>... columns) {
        Runnable fit = () -> {
            for (TableColumn<T, String> column : columns) {
                double width = textWidth(column.getText()) + HEADER_PADDING;
                for (int row = 0; row < table.getItems().size(); row++) {
                    width = Math.max(width, textWidth(column.getCellData(row)) + CELL_PADDING);
                }
                column.setMinWidth(width);
                column.setPrefWidth(width);
            }
        };
        table.getItems().addListener((javafx.beans.InvalidationListener) change -> fit.run());
        fit.run();
    }

    private static final double HEADER_PADDING = 28;
    private static final double CELL_PADDING = 16;

    private static double textWidth(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measured = new Text(text);
        measured.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        return Math.ceil(measured.getLayoutBounds().getWidth());
    }
}
