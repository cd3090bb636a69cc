package io.bellwether.io;

import java.io.IOException;

/** A file that is not JSON at all; the message gives the line and column. */
public class InvalidJsonException extends IOException {
    public InvalidJsonException(long line, long column, String problem) {
        super("not valid JSON at line " + line + ", column " + column + ": " + problem);
    }
}
