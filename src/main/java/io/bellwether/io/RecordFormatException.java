package io.bellwether.io;

import java.io.IOException;

/** A record file that cannot be read at some line; the message names the line and, when known, the field. */
public class RecordFormatException extends IOException {
    private final long lineNumber;
    private final String field;
    private final String reason;

    public RecordFormatException(long lineNumber, String field, String reason) {
        super("line " + lineNumber + ": " + reason);
        this.lineNumber = lineNumber;
        this.field = field;
        this.reason = reason;
    }

    public RecordFormatException(LineProblem problem) {
        this(problem.line(), problem.field(), problem.reason());
    }

    /** 1-based, counting the CSV header and blank lines. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The column or key at fault, or null when the whole line is. */
    public String field() {
        return field;
    }

    /** The message without its line number. */
    public String reason() {
        return reason;
    }

    public LineProblem problem() {
        return new LineProblem(lineNumber, field, reason);
    }
}
