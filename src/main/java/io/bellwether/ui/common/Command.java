package io.bellwether.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * An operator action with an {@code executable} property; buttons bind their disable property to
 * it, and {@link #execute()} refuses to run when it is false.
 */
public final class Command {
    private final String name;
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(this, "executable");
    private final Runnable action;

    public Command(String name, ObservableBooleanValue condition, Runnable action) {
        this.name = name;
        this.action = action;
        executable.bind(condition);
    }

    public String name() {
        return name;
    }

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public boolean isExecutable() {
        return executable.get();
    }

    public void execute() {
        if (!executable.get()) {
            throw new IllegalStateException(name + " is not possible now");
        }
        action.run();
    }
}
