package io.bellwether.ui.common;

import javafx.scene.control.Button;

/** Buttons that act through a {@link Command}: disabled unless it is executable. */
public final class CommandButtons {
    private CommandButtons() {
    }

    /** A button that runs {@code command}, labelled with its name. */
    public static Button of(String id, Command command) {
        return of(id, command.name(), command);
    }

    /** A button that runs {@code command}. */
    public static Button of(String id, String text, Command command) {
        return of(id, text, command, command::execute);
    }

    /** A button enabled by {@code command} whose click runs {@code action} (which asks first, then runs it). */
    public static Button of(String id, String text, Command command, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(event -> action.run());
        return button;
    }
}
