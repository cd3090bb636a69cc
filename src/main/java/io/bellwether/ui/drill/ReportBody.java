package io.bellwether.ui.drill;

import io.bellwether.drill.ReportBlock;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The report's blocks laid out as wrapped labels: headings in bold, tables as grids. */
final class ReportBody extends VBox {
    private static final String CELL_BORDER = "-fx-border-color: #d8d8d8; -fx-border-width: 0 0 1 0;";

    ReportBody() {
        setSpacing(6);
        setPadding(new Insets(4, 8, 8, 4));
    }

    void show(List<ReportBlock> blocks) {
        getChildren().clear();
        for (ReportBlock block : blocks) {
            getChildren().add(switch (block.kind()) {
                case TITLE, HEADING -> label(block.text(), "-fx-font-weight: bold; -fx-font-size: 14px; -fx-padding: 6 0 0 0;");
                case PARAGRAPH -> label(block.text(), "");
                case BULLET -> label("\u2022 " + block.text(), "-fx-padding: 0 0 0 12;");
                case TABLE -> table(block.rows());
            });
        }
    }

    private static Node table(List<List<String>> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(columns == 2 ? (c == 0 ? 28 : 72) : 100.0 / columns);
            grid.getColumnConstraints().add(column);
        }
        boolean header = rows.get(0).stream().anyMatch(cell -> !cell.isEmpty());
        for (int r = header ? 0 : 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                boolean bold = (r == 0 && header) || (columns == 2 && c == 0);
                Label cell = label(row.get(c), CELL_BORDER + (bold ? "-fx-font-weight: bold;" : ""));
                GridPane.setValignment(cell, VPos.TOP);
                grid.add(cell, c, r);
            }
        }
        return grid;
    }

    private static Label label(String text, String style) {
        Label label = new Label(ReportBlock.plain(text));
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setStyle(style);
        return label;
    }
}
