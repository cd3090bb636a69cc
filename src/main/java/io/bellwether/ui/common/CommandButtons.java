package io.bellwether.ui.common;

import javafx.scene.control.Button;

/** Buttons that act through a {@link Command}: disabled unless it is executable. */
public final class CommandButtons {
    private CommandButtons() {
    }

    /** A button that runs {@code command}. */
    public static Button of(String id, String text, Command command) {
        return of(id, text, command, command::execute);
    }

    /** A button enabled by {@code command} whose click runs {@code action} (which asks first, then runs it). */
    public static Button of(String id, String text, Command command, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        bind(button, command, action);
        return button;
    }

    /** Makes an existing button follow {@code command}: disabled unless executable, {@code action} on click. */
    public static void bind(Button button, Command command, Runnable action) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(event -> action.run());
    }
}
