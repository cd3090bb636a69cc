package io.bellwether.ui.shadow;

import io.bellwether.domain.ShadowEvidenceText.Figure;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The figures of an {@link EvidencePanelModel}, one label and value per row, under a title and the note. */
public final class EvidencePane extends VBox {

    public EvidencePane(EvidencePanelModel model) {
        super(4);
        setId("shadow-evidence");
        Label title = new Label("Shadow evidence");
        title.setStyle("-fx-font-weight: bold;");
        Label note = new Label(model.note());
        note.setWrapText(true);
        note.setStyle("-fx-font-size: 11px;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setMaxWidth(190);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, values);
        fill(grid, model);
        model.figures().addListener((ListChangeListener<Figure>) change -> fill(grid, model));
        getChildren().setAll(title, note, grid);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.figures()));
        managedProperty().bind(visibleProperty());
    }

    private static void fill(GridPane grid, EvidencePanelModel model) {
        grid.getChildren().clear();
        int row = 0;
        for (Figure figure : model.figures()) {
            Label label = new Label(figure.label());
            label.setWrapText(true);
            Label value = new Label(figure.text());
            value.setId("evidence-value");
            value.setWrapText(true);
            grid.addRow(row++, label, value);
        }
    }
}
