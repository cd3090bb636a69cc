package io.bellwether.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way view models run background work. In the app it runs a javafx.concurrent.Task and
 * calls back on the FX thread; in view-model tests it runs inline.
 */
public interface TaskExecutor {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
