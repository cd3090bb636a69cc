package io.bellwether.ui.common;

import io.bellwether.ui.TaskExecutor;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Loads a screen's state on the worker. Only the newest load counts: when a load returns after a
 * newer one started (or after {@link #cancel()}), its result or failure is dropped. {@code busy}
 * is true while the newest load is in flight; {@code error} holds its failure's message, or null.
 */
public final class Loader {
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private long generation;

    public Loader(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public <T> void load(Callable<T> work, Consumer<T> apply) {
        load(work, apply, failure -> { });
    }

    /** Runs {@code work} on the worker; {@code apply} or {@code failed} run after it, if it is still the newest. */
    public <T> void load(Callable<T> work, Consumer<T> apply, Consumer<Throwable> failed) {
        long mine = ++generation;
        busy.set(true);
        executor.run(work, result -> {
            if (mine == generation) {
                busy.set(false);
                error.set(null);
                apply.accept(result);
            }
        }, failure -> {
            if (mine == generation) {
                busy.set(false);
                error.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
                failed.accept(failure);
            }
        });
    }

    /** Drops every load in flight: the screen shows something else now. */
    public void cancel() {
        generation++;
        busy.set(false);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
