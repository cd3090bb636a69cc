package io.bellwether.cli;

import java.io.PrintWriter;

/** Progress lines on stderr for long imports: rows written so far, once there are many. */
public final class Progress {
    /** Fewer rows written than this are not reported. */
    static final long ABOVE_ROWS = 100_000;

    private Progress() {
    }

    public static void rowsWritten(PrintWriter err, String what, long written) {
        if (written >= ABOVE_ROWS) {
            err.println("wrote " + written + " " + what);
            err.flush();
        }
    }
}
