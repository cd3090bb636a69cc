package io.bellwether.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for database work on a store thread without ever interrupting it (H2 documents that an
 * interrupted I/O thread can corrupt the file): an interrupted caller keeps waiting and gets its
 * interrupt flag back afterwards.
 */
final class Uninterruptibly {
    private Uninterruptibly() {
    }

    static <T> T await(Future<T> result) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
