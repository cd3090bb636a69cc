package io.bellwether.cli;

/** The console that holds the workspace refused to run the command (another OS user, a command it does not run). */
public final class ForwardRefusedException extends RuntimeException {

    public ForwardRefusedException(String message) {
        super(message);
    }
}
