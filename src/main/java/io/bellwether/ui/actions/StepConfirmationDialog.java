package io.bellwether.ui.actions;

import io.bellwether.ui.common.CtrlEnter;
import io.bellwether.ui.common.StepConfirmation;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks before a production step: its facts, then its warnings in the warning style. */
final class StepConfirmationDialog extends Alert {
    static final ButtonType GO_AHEAD = new ButtonType("Go ahead", ButtonBar.ButtonData.OK_DONE);

    StepConfirmationDialog(Window owner, StepConfirmation step) {
        super(AlertType.CONFIRMATION, "", GO_AHEAD, ButtonType.CANCEL);
        initOwner(owner);
        setTitle(step.title());
        setHeaderText(step.title() + "?");
        VBox lines = new VBox(4);
        lines.setId("stepContext");
        step.facts().forEach(fact -> lines.getChildren().add(wrapped(fact, "step-fact")));
        step.warnings().forEach(warning -> lines.getChildren().add(wrapped("⚠ " + warning, "warning-text")));
        lines.setPrefWidth(520);
        getDialogPane().setContent(lines);
        CtrlEnter.confirms(this);
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    boolean goesAhead() {
        return showAndWait().filter(GO_AHEAD::equals).isPresent();
    }
}
