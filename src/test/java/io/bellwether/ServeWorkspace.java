package io.bellwether;

import io.bellwether.application.port.in.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A second process that holds a workspace as the console does (serving its command line on one
 * worker thread) until its stdin closes. With {@code slow}, every forwarded command waits a minute on
 * the worker first, after printing {@code queued}, so that a test can kill the console mid-command.
 */
public final class ServeWorkspace {
    private ServeWorkspace() {
    }

    public static void main(String[] args) throws Exception {
        boolean slow = args.length > 1 && args[1].equals("slow");
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (Workspace workspace = ServedWorkspace.open(Path.of(args[0]), Clock.systemUTC(), work -> worker.execute(() -> {
            if (slow) {
                System.out.println("queued");
                System.out.flush();
                sleep(60_000);
            }
            work.run();
        }), problem -> System.out.println("problem: " + problem))) {
            System.out.println("serving " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                Thread.onSpinWait();
            }
        } finally {
            worker.shutdown();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
