package io.bellwether.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/** What a screen last said about its work, for its status line, and whether work is in flight. */
public final class StatusLine {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public void say(String text) {
        message.set(text);
    }

    /** Says what went wrong, in one line. */
    public void sayFailure(Throwable failure) {
        say(oneLine(failure));
    }

    /** The first line of a failure's message, or its type when it has none. */
    public static String oneLine(Throwable failure) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return text.lines().findFirst().orElse(text);
    }

    /** The screen is busy exactly while {@code inFlight} is true (its loaders and commands). */
    public void busyWhile(ObservableBooleanValue inFlight) {
        busy.bind(inFlight);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }
}
