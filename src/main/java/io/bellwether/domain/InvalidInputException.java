package io.bellwether.domain;

/** Bad input, refused before anything is stored; the message names the field and the value. */
public class InvalidInputException extends IllegalArgumentException {
    private final String field;
    private final transient Object value;
    private final String problem;

    public InvalidInputException(String field, Object value, String problem) {
        super(field + " " + problem + " (got " + value + ")");
        this.field = field;
        this.value = value;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    /** The same refusal with the field qualified by where it sits, e.g. "current" + "latency_p50". */
    public InvalidInputException within(String parent) {
        InvalidInputException qualified = new InvalidInputException(parent + "." + field, value, problem);
        qualified.initCause(this);
        return qualified;
    }
}
