package io.bellwether.ui.common;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/** Bindings that follow one part of an observable value, for views that show a record line by line. */
public final class Derived {
    private Derived() {
    }

    public static <T> StringBinding text(ObservableValue<T> value, Function<T, String> part) {
        return Bindings.createStringBinding(() -> part.apply(value.getValue()), value);
    }
}
