package io.bellwether.io;

import io.bellwether.domain.InvalidInputException;

/** One refused line of an import file: 1-based line number (counting header and blank lines), field or null, reason. */
public record LineProblem(long line, String field, String reason) {
    /** The refusal of a line by a field rule ({@link InvalidInputException} or {@link RecordProblem}). */
    public static LineProblem of(long line, IllegalArgumentException e) {
        String field = e instanceof InvalidInputException invalid ? invalid.field()
                : e instanceof RecordProblem problem ? problem.field() : null;
        return new LineProblem(line, field, e.getMessage());
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
