package io.bellwether.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Holds work until a test releases it, in any order: for work in flight and late results. */
public final class HeldTaskExecutor implements TaskExecutor {
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void runWithProgress(ProgressWork<T> work, ProgressListener onProgress,
                                    Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> {
            T result;
            try {
                result = work.call(onProgress);
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    public int waiting() {
        return held.size();
    }

    /** Runs the held work that arrived {@code index}-th among those still waiting. */
    public void release(int index) {
        held.remove(index).run();
    }

    public void releaseAll() {
        while (!held.isEmpty()) {
            release(0);
        }
    }
}
