package io.bellwether.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work on one background thread as a javafx.concurrent.Task and calls back on the FX thread.
 * One thread keeps database work ordered; tasks are never cancelled with interruption.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bellwether-worker");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void runWithProgress(ProgressWork<T> work, ProgressListener onProgress,
                                    Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call((fraction, message) -> {
                    updateMessage(message);
                    updateProgress(fraction < 0 ? -1 : fraction, 1.0);
                });
            }
        };
        task.progressProperty().addListener((obs, old, now) -> onProgress.progress(now.doubleValue(), task.getMessage()));
        task.messageProperty().addListener((obs, old, now) -> onProgress.progress(task.getProgress(), now));
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        worker.execute(task);
    }

    /** Lets queued work (such as closing the workspace) finish, waiting a few seconds at most. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
