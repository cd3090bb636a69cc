package io.bellwether.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Input a command refuses, printed as {@code WHERE: MESSAGE} (the file, case or option at fault). */
public final class Refusal extends RuntimeException {
    private final String where;

    public Refusal(String where, String message) {
        super(message);
        this.where = where;
    }

    /** A file that cannot be read; format errors already carry their own line and field. */
    public static Refusal of(Path file, IOException e) {
        return new Refusal(file.toString(), e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied" : OneLineErrors.firstLine(e));
    }

    public String where() {
        return where;
    }
}
