package io.bellwether.ui.actions;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationSupport;

/** Confirmation of an emergency rollback; "Roll back now" stays disabled until a reason is given. */
public final class EmergencyRollbackDialog extends Dialog<String> {
    public static final ButtonType ROLL_BACK = new ButtonType("Roll back now", ButtonBar.ButtonData.OK_DONE);

    public EmergencyRollbackDialog(Window owner, EmergencyRollbackViewModel viewModel) {
        initOwner(owner);
        setTitle("Emergency rollback");
        setHeaderText("Emergency rollback of " + viewModel.deploymentId());
        getDialogPane().getStyleClass().add("emergency-dialog");

        Label summary = new Label(viewModel.summary());
        summary.setWrapText(true);
        TextArea reason = new TextArea();
        reason.setId("emergencyReason");
        reason.setPromptText("Why roll back? e.g. EMERGENCY: error spike on checkout");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        Label error = FormControls.errorLabel("emergencyReasonError");
        error.textProperty().bind(viewModel.check().firstErrorProperty());

        ValidationSupport validation = new ValidationSupport();
        FormControls.validate(reason, validation, () -> viewModel.check().firstErrorProperty().get());

        VBox content = new VBox(8, summary, FormControls.label("Reason (required)", reason, null), reason, error);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ROLL_BACK, ButtonType.CANCEL);
        Button confirm = (Button) getDialogPane().lookupButton(ROLL_BACK);
        confirm.setId("confirmRollback");
        confirm.getStyleClass().add("danger");
        confirm.setDefaultButton(false);
        confirm.disableProperty().bind(viewModel.check().validProperty().not());
        confirm.addEventFilter(ActionEvent.ACTION, event -> {
            if (!viewModel.check().validProperty().get()) {
                event.consume();
            }
        });
        setResultConverter(button -> button == ROLL_BACK ? viewModel.confirmedReason() : null);
        setOnShown(event -> reason.requestFocus());
    }
}
