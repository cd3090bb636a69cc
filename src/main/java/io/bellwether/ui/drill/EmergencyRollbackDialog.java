package io.bellwether.ui.drill;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Confirms the drill's emergency rollback; "Roll back" stays disabled until a reason is typed. */
final class EmergencyRollbackDialog extends Dialog<String> {
    static final ButtonType ROLL_BACK = new ButtonType("Roll back", ButtonBar.ButtonData.OK_DONE);

    EmergencyRollbackDialog(Window owner, String deploymentId) {
        initOwner(owner);
        setTitle("Emergency rollback (drill)");
        setHeaderText("Roll back the drill canary " + deploymentId + " now?");
        TextArea reason = new TextArea();
        reason.setId("drill-reason");
        reason.setPromptText("What you saw, e.g. error rate above 1% for two windows");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Label label = new Label("Reason (required; recorded as a CRITICAL event in the drill's audit trail)");
        label.setWrapText(true);
        getDialogPane().setContent(new VBox(8, label, reason));
        getDialogPane().setPrefWidth(460);
        getDialogPane().getButtonTypes().addAll(ROLL_BACK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ROLL_BACK).setId("drill-confirm-rollback");
        getDialogPane().lookupButton(ROLL_BACK).disableProperty()
                .bind(Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty()));
        setResultConverter(button -> button == ROLL_BACK ? reason.getText() : null);
        setOnShown(event -> reason.requestFocus());
    }
}
