package io.bellwether.ui.common;

import io.bellwether.ui.TaskExecutor;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * An operator action, as mvvmFX's DelegateCommand: {@code executable} is its condition and not
 * {@code running}; {@code running} is true while work it handed to the worker is in flight, and
 * false again before that work's success or failure callback runs. Buttons bind their disable
 * property to {@code executable} and call {@link #execute()}.
 */
public final class Command {
    private final String name;
    private final Consumer<TaskExecutor> action;
    private final TaskExecutor worker;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(this, "executable");
    private int inFlight;

    /** An action that is done when it returns, so it is never running. */
    public Command(String name, ObservableBooleanValue condition, Runnable action) {
        this(name, condition, null, worker -> action.run());
        Objects.requireNonNull(action, "action");
    }

    /**
     * An action that may ask the operator first, then runs its work through the executor it is
     * given: the command is running until every piece of that work has called back.
     */
    public Command(String name, ObservableBooleanValue condition, TaskExecutor executor, Consumer<TaskExecutor> action) {
        this.name = Objects.requireNonNull(name, "name");
        this.action = Objects.requireNonNull(action, "action");
        this.worker = executor == null ? null : new Tracked(executor);
        executable.bind(running.not().and(condition));
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

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public void execute() {
        if (!executable.get()) {
            throw new IllegalStateException(name + " is not possible now");
        }
        action.accept(worker);
    }

    private void started() {
        inFlight++;
        running.set(true);
    }

    private void finished() {
        inFlight--;
        running.set(inFlight > 0);
    }

    /** The executor the action receives: counts the work in flight. */
    private final class Tracked implements TaskExecutor {
        private final TaskExecutor executor;

        Tracked(TaskExecutor executor) {
            this.executor = executor;
        }

        @Override
        public <T> void runWithProgress(ProgressWork<T> work, ProgressListener onProgress,
                                        Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            started();
            executor.runWithProgress(work, onProgress, result -> {
                finished();
                onSuccess.accept(result);
            }, failure -> {
                finished();
                onFailure.accept(failure);
            });
        }
    }
}
