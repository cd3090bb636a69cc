package io.bellwether.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Edits the operator name recorded with every action. */
public final class SettingsDialog extends Dialog<ButtonType> {

    public SettingsDialog(Window owner, SettingsViewModel viewModel) {
        initOwner(owner);
        setTitle("Settings");
        setHeaderText("Operator recorded with every start, completion and rollback");
        TextField name = new TextField();
        name.setId("operatorName");
        name.textProperty().bindBidirectional(viewModel.operatorNameProperty());
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.textProperty().bind(viewModel.check().firstErrorProperty());
        VBox content = new VBox(8, new Label("Operator name"), name, error);
        content.setPrefWidth(380);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(viewModel.check().validProperty().not());
        setResultConverter(button -> {
            if (button == ButtonType.OK) {
                viewModel.apply();
            }
            return button;
        });
    }
}
