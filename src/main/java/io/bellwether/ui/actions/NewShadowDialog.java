package io.bellwether.ui.actions;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationSupport;

/** The New shadow deployment form. */
public final class NewShadowDialog extends Dialog<ShadowRequest> {
    public static final ButtonType CREATE = new ButtonType("Create shadow", ButtonBar.ButtonData.OK_DONE);

    public NewShadowDialog(Window owner, NewShadowViewModel viewModel) {
        initOwner(owner);
        setTitle("New shadow deployment");
        setHeaderText("Copy production traffic to a new model without affecting responses");
        ValidationSupport validation = new ValidationSupport();
        TextField primary = FormControls.textField("primaryModel", viewModel.text(NewShadowViewModel.PRIMARY_MODEL), validation,
                () -> viewModel.check().errorFor(NewShadowViewModel.PRIMARY_MODEL));
        primary.setPromptText("fraud_detector:v1.0.0");
        TextField shadow = FormControls.textField("shadowModel", viewModel.text(NewShadowViewModel.SHADOW_MODEL), validation,
                () -> viewModel.check().errorFor(NewShadowViewModel.SHADOW_MODEL));
        shadow.setPromptText("fraud_detector:v2.0.0");
        TextField traffic = FormControls.textField("trafficPercentage", viewModel.text(NewShadowViewModel.TRAFFIC), validation,
                () -> viewModel.check().errorFor(NewShadowViewModel.TRAFFIC));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Primary model"), primary);
        grid.addRow(1, new Label("Shadow model"), shadow);
        grid.addRow(2, new Label("Traffic copied (%)"), traffic);
        Label error = FormControls.errorLabel("newShadowError");
        error.textProperty().bind(viewModel.check().firstErrorProperty());
        VBox content = new VBox(10, grid, error);
        content.setPrefWidth(440);
        FormControls.finish(this, content, CREATE, "createShadow", viewModel.check(), validation, viewModel.check()::value);
    }
}
