package io.bellwether.ui.common;

import io.bellwether.domain.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The last check of a form: a message per field in error, in the form's order, and the value the
 * form describes when there is none. A form checks itself on every change: it {@link #attempt}s each
 * part, then {@link #conclude}s. A form made {@link #quietUntilShown()} is checked from the start but
 * tells its messages only once {@link #showErrors()} is called (on the first edit): an untouched
 * form is not in error, only incomplete.
 */
public final class FormCheck<T> {
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper firstError = new ReadOnlyStringWrapper(this, "firstError");
    private boolean shown = true;
    private String first;
    private Map<String, String> errors = Map.of();
    private Map<String, String> found = new LinkedHashMap<>();
    private T value;

    public static <T> FormCheck<T> quietUntilShown() {
        FormCheck<T> check = new FormCheck<>();
        check.shown = false;
        return check;
    }

    /** From now on the messages are told. */
    public void showErrors() {
        shown = true;
        firstError.set(first);
    }

    /** Runs one part of the check; a refusal is noted under its field (the first one counts) and gives null. */
    public <V> V attempt(Supplier<V> part) {
        return attempt("", part);
    }

    /** As {@link #attempt(Supplier)}, with the field and the message prefixed (e.g. "baseline "). */
    public <V> V attempt(String prefix, Supplier<V> part) {
        try {
            return part.get();
        } catch (InvalidInputException e) {
            found.putIfAbsent(prefix + e.field(), prefix + e.getMessage());
            return null;
        }
    }

    /** Notes a refusal the parts cannot express; it replaces a message already noted for {@code field}. */
    public void refuse(String field, String message) {
        found.put(field, message);
    }

    /** Ends this check: without refusals the form describes {@code described}'s value. */
    public void conclude(Supplier<T> described) {
        errors = Map.copyOf(found);
        boolean none = found.isEmpty();
        value = none ? described.get() : null;
        first = none ? null : found.values().iterator().next();
        firstError.set(shown ? first : null);
        valid.set(none);
        found = new LinkedHashMap<>();
    }

    /** The message for {@code field}, or null (also while the form is quiet). */
    public String errorFor(String field) {
        return shown ? errors.get(field) : null;
    }

    public Map<String, String> errors() {
        return shown ? errors : Map.of();
    }

    /** The value the form describes; refuses an invalid form with its first message. */
    public T value() {
        if (!valid.get()) {
            throw new IllegalArgumentException(first);
        }
        return value;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty firstErrorProperty() {
        return firstError.getReadOnlyProperty();
    }
}
