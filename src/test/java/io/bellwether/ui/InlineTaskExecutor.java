package io.bellwether.ui;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: view-model tests need no toolkit. */
public final class InlineTaskExecutor implements TaskExecutor {
    @Override
    public <T> void runWithProgress(ProgressWork<T> work, ProgressListener onProgress,
                                    Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call(onProgress);
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
