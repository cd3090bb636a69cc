package io.bellwether.io;

import java.io.IOException;

/** A line of a shadow comparison file that cannot be read; the message names the line and the field. */
public class ShadowFileFormatException extends IOException {
    private final long lineNumber;
    private final String field;

    public ShadowFileFormatException(long lineNumber, String field, String problem) {
        super("line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
        this.field = field;
    }

    /** 1-based, counting the CSV header and blank lines. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The column or key at fault, or null when the whole line is. */
    public String field() {
        return field;
    }
}
