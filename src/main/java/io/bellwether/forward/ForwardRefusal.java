package io.bellwether.forward;

/** The console does not run a forwarded command; {@link #kind()} says why, the message in words. */
public final class ForwardRefusal extends Exception {
    /** The command came from another OS user. */
    public static final int OTHER_USER = 1;
    /** The console does not run this command (it needs its own workspace, or another one). */
    public static final int NOT_SERVED = 2;
    /** The request is not one this console understands (another protocol version, malformed). */
    public static final int MALFORMED = 3;
    /** The console is closing the workspace, or is busy with as many commands as it takes. */
    public static final int CLOSING = 4;

    private final int kind;

    public ForwardRefusal(int kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public int kind() {
        return kind;
    }
}
