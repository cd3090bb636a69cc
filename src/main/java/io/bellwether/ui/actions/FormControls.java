package io.bellwether.ui.actions;

import java.util.function.Supplier;
import io.bellwether.ui.common.FormCheck;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** Builds form dialogs: text fields bound to a view model and decorated by ControlsFX validation, and their buttons. */
final class FormControls {
    private FormControls() {
    }

    static TextField textField(String id, StringProperty value, ValidationSupport validation, Supplier<String> error) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        validate(field, validation, error);
        return field;
    }

    /** Marks {@code control} with the view model's message for it, if any. */
    static <T> void validate(Control control, ValidationSupport validation, Supplier<String> error) {
        Validator<T> validator = (target, ignored) -> {
            String message = error.get();
            return ValidationResult.fromErrorIf(target, message, message != null);
        };
        validation.registerValidator(control, false, validator);
    }

    static Label label(String text, Control target, String hint) {
        Label label = new Label(text);
        label.setLabelFor(target);
        if (hint != null) {
            Tooltip tip = new Tooltip(hint);
            label.setTooltip(tip);
            target.setTooltip(tip);
        }
        return label;
    }

    /**
     * Puts {@code content} in the dialog with {@code create} (id {@code createId}) and Cancel: create is
     * enabled while {@code check} passes and makes the dialog return {@code result}.
     */
    static <R> void finish(Dialog<R> dialog, Node content, ButtonType create, String createId, FormCheck<?> check,
                           ValidationSupport validation, Supplier<R> result) {
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        Button button = (Button) dialog.getDialogPane().lookupButton(create);
        button.setId(createId);
        button.disableProperty().bind(check.validProperty().not());
        check.firstErrorProperty().addListener((obs, old, now) -> validation.revalidate());
        dialog.setResultConverter(pressed -> pressed == create ? result.get() : null);
    }

    static Label errorLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("form-error");
        label.setWrapText(true);
        return label;
    }
}
