package io.bellwether;

import java.util.function.Supplier;

/** The OS accounts a test plays: one workspace, several people at their own workstations. */
public final class TestAccounts implements Supplier<String> {
    public static final String CONSOLE = "console-os";

    private volatile String acting = CONSOLE;

    @Override
    public String get() {
        return acting;
    }

    /** Runs {@code step} as {@code account}, then acts as before. */
    public void as(String account, Runnable step) {
        String before = acting;
        acting = account;
        try {
            step.run();
        } finally {
            acting = before;
        }
    }
}
