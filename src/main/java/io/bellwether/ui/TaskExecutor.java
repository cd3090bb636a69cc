package io.bellwether.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way view models run background work. In the app it runs a javafx.concurrent.Task and
 * calls back on the FX thread; in view-model tests it runs inline.
 */
public interface TaskExecutor {
    default <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        runWithProgress(progress -> work.call(), (fraction, message) -> { }, onSuccess, onFailure);
    }

    /** Receives progress: a fraction in [0, 1] (negative when unknown) and what is being done. */
    @FunctionalInterface
    interface ProgressListener {
        void progress(double fraction, String message);
    }

    /** Work that reports its progress while it runs. */
    @FunctionalInterface
    interface ProgressWork<T> {
        T call(ProgressListener progress) throws Exception;
    }

    /**
     * Runs long work that reports progress; {@code onProgress} is called on the thread the other
     * callbacks use (the FX thread in the app).
     */
    <T> void runWithProgress(ProgressWork<T> work, ProgressListener onProgress,
                             Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
