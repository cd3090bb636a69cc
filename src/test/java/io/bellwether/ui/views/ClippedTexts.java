package io.bellwether.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/** The headers and cells of a table's named columns that are drawn shorter than their text (with "…"). */
public final class ClippedTexts {
    private ClippedTexts() {
    }

    /** "column: text" for each clipped header or visible cell of {@code columns}; call on the FX thread. */
    public static List<String> in(TableView<?> table, Set<String> columns) {
        List<String> clipped = new ArrayList<>();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && columns.contains(cell.getTableColumn().getText()) && isClipped(cell)) {
                clipped.add(cell.getTableColumn().getText() + ": " + cell.getText());
            }
        }
        for (Node node : table.lookupAll(".column-header .label")) {
            if (node instanceof Label label && columns.contains(label.getText()) && isClipped(label)) {
                clipped.add("header: " + label.getText());
            }
        }
        return clipped;
    }

    private static boolean isClipped(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isEmpty() || !labeled.isVisible()) {
            return false;
        }
        Node drawn = labeled.lookup(".text");
        return drawn instanceof Text text && !text.getText().equals(labeled.getText());
    }
}
