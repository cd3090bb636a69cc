package io.bellwether.io;

/** A record line refused by the reader itself; the field is null when the whole line is at fault. */
final class RecordProblem extends IllegalArgumentException {
    private final String field;

    RecordProblem(String field, String reason) {
        super(reason);
        this.field = field;
    }

    String field() {
        return field;
    }
}
