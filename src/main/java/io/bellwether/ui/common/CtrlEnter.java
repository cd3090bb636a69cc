package io.bellwether.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Ctrl+Enter confirms a dialog: it fires the dialog's default (OK) button, unless that is disabled. */
public final class CtrlEnter {
    private CtrlEnter() {
    }

    public static <D extends Dialog<?>> D confirms(D dialog) {
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ENTER || !(event.isControlDown() || event.isShortcutDown())) {
                return;
            }
            event.consume();
            for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
                Node node = dialog.getDialogPane().lookupButton(type);
                if (type.getButtonData().isDefaultButton() && node instanceof Button button && !button.isDisabled()) {
                    button.fire();
                    return;
                }
            }
        });
        return dialog;
    }
}
