package io.bellwether.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Prints the one-line message of a refused input on stderr and gives the bad-input exit code. */
public final class Failure {
    private Failure() {
    }

    public static int badInput(PrintWriter err, String where, String message) {
        String firstLine = message == null ? "unreadable input" : message.lines().findFirst().orElse(message);
        err.println(where + ": " + firstLine);
        err.flush();
        return BellwetherCommand.BAD_INPUT;
    }

    /** An I/O failure in words; format errors already carry their own line and field. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
