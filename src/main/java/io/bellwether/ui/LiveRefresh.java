package io.bellwether.ui;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.StoreChanges;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Shows other writers' changes (team mode) as the console shows commands forwarded to it: what the
 * workspace hears on its listener thread becomes a call of {@code reload} on the executor's callback
 * thread (the FX thread), queued behind the store work before it. A burst heard while a reload is
 * still queued adds nothing, so many commits elsewhere cost one reload.
 */
public final class LiveRefresh {
    private final TaskExecutor executor;
    private final Runnable reload;
    private final AtomicBoolean queued = new AtomicBoolean();

    LiveRefresh(TaskExecutor executor, Runnable reload) {
        this.executor = executor;
        this.reload = reload;
    }

    /** {@code workspace}, reloading with {@code reload} after other writers' changes until it closes. */
    public static Workspace serving(Workspace workspace, TaskExecutor executor, Runnable reload) {
        if (!workspace.changes().live()) {
            return workspace;
        }
        LiveRefresh refresh = new LiveRefresh(executor, reload);
        StoreChanges.Subscription subscription = workspace.changes().onExternalChange(id -> refresh.heard());
        return workspace.closingFirst(subscription::close);
    }

    /** Something changed elsewhere: queues one reload unless one is queued already. */
    void heard() {
        if (queued.compareAndSet(false, true)) {
            executor.run(() -> queued.getAndSet(false), done -> reload.run(), failed -> reload.run());
        }
    }
}
