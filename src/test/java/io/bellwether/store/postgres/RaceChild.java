package io.bellwether.store.postgres;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One operator in a JVM of its own (for {@link PostgresTwoJvmTest}): opens the workspace at
 * {@code args[0]} as {@code args[1]}, prints READY, then for each line {@code complete|rollback ID
 * AT_EPOCH_MILLIS} waits until that moment, takes the step and prints {@code WON} or
 * {@code REFUSED message}. Ends at end of input.
 */
public final class RaceChild {
    private RaceChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace workspace = Bellwether.openRecordOnly(Path.of(args[0]), Clock.systemUTC(), () -> args[1]);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("READY");
            System.out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] step = line.split(" ");
                long wait = Long.parseLong(step[2]) - System.currentTimeMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                System.out.println(take(workspace, step[0], step[1], args[1]));
                System.out.flush();
            }
        }
    }

    private static String take(Workspace workspace, String action, String id, String operator) {
        try {
            if (action.equals("complete")) {
                workspace.lifecycle().completeDeployment(id, operator);
            } else {
                workspace.lifecycle().rollbackDeployment(id, "latency", operator);
            }
            return "WON";
        } catch (RuntimeException refused) {
            return "REFUSED " + refused.getClass().getSimpleName() + ": " + refused.getMessage();
        }
    }
}
