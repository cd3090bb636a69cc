package io.bellwether.ui.review;

import io.bellwether.domain.PreDeploymentCheck;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One checklist item: its title, its evidence below, and a link to its evidence ("Open shadow", "Audit event", …) when it has one. */
final class ChecklistCell extends ListCell<ChecklistPanelModel.Line> {
    private final Consumer<PreDeploymentCheck.Link> open;

    ChecklistCell(Consumer<PreDeploymentCheck.Link> open) {
        this.open = open;
        // As wide as the list, never wider: a long evidence text is cut (whole in its tooltip), its link stays in view.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ChecklistPanelModel.Line line, boolean empty) {
        super.updateItem(line, empty);
        setText(null);
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        Label title = new Label(line.title());
        title.getStyleClass().add("checklist-title");
        Label evidence = new Label(line.evidence());
        evidence.getStyleClass().add("checklist-evidence");
        evidence.setMinWidth(0);
        VBox text = new VBox(1, title, evidence);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        Tooltip.install(text, new Tooltip(line.text()));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, text);
        row.setAlignment(Pos.CENTER_LEFT);
        if (!line.linkCaption().isEmpty()) {
            Hyperlink link = new Hyperlink(line.linkCaption() + " \u2192");
            link.setId("review-checklist-link-" + line.item());
            link.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            link.setOnAction(event -> open.accept(line.link()));
            row.getChildren().add(link);
        }
        setGraphic(row);
    }
}
