package io.bellwether.io;

/** One refused line of an import file: 1-based line number (counting header and blank lines), field or null, reason. */
public record LineProblem(long line, String field, String reason) {
    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
