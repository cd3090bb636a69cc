package io.bellwether.ui.common;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A chooser's state: the options offered and the one chosen (null for none), for a combo box to bind. */
public record Selection<T>(ObservableList<T> options, ObjectProperty<T> chosen) {

    public static <T> Selection<T> of(List<T> options, T chosen) {
        return new Selection<>(FXCollections.observableArrayList(options), new SimpleObjectProperty<>(chosen));
    }

    /** Offers {@code option} as well and chooses it. */
    public void addAndChoose(T option) {
        options.add(option);
        chosen.set(option);
    }

    public T get() {
        return chosen.get();
    }
}
