package io.bellwether.domain;

/** Bad input, refused before anything is stored; the message names the field and the value. */
public class InvalidInputException extends IllegalArgumentException {
    private final String field;

    public InvalidInputException(String field, Object value, String problem) {
        super(field + " " + problem + " (got " + value + ")");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
