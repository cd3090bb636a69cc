package io.bellwether.ui.settings;

import io.bellwether.domain.Checks;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Who the console acts as: recorded as operator / triggered_by on every action (beside the OS account,
 * which no name changes). The name is kept per workspace: naming yourself in one workspace names you
 * nowhere else.
 */
public final class OperatorSettings {
    public static final String OPERATOR_FIELD = "operator name";

    private final ReadOnlyStringWrapper operator = new ReadOnlyStringWrapper(this, "operator");
    private final String fallback;
    private final Function<Path, Optional<String>> saved;
    private final BiConsumer<Path, String> saver;
    private Path workspace;

    /**
     * @param fallback the name before one is saved for a workspace: the OS user (Operators.systemUser())
     * @param saved    the name saved for a workspace, if any
     * @param saver    keeps a changed name for the workspace, for the next session
     */
    public OperatorSettings(String fallback, Function<Path, Optional<String>> saved, BiConsumer<Path, String> saver) {
        this.fallback = Checks.required(OPERATOR_FIELD, fallback).trim();
        this.saved = saved;
        this.saver = saver;
        operator.set(this.fallback);
    }

    /** One name whatever the workspace, told to {@code saver} when it changes (tests, tools). */
    public OperatorSettings(String initial, Consumer<String> saver) {
        this(initial, location -> Optional.empty(), (location, name) -> saver.accept(name));
    }

    /** The console opened {@code location}: its saved name, or the fallback, is the operator now. */
    public void useWorkspace(Path location) {
        workspace = location;
        operator.set(saved.apply(location).filter(name -> !name.isBlank()).map(String::trim).orElse(fallback));
    }

    public ReadOnlyStringProperty operatorProperty() {
        return operator.getReadOnlyProperty();
    }

    public String operator() {
        return operator.get();
    }

    /** Refuses a blank name with a message naming the field. */
    public void changeOperator(String name) {
        String checked = Checks.required(OPERATOR_FIELD, name).trim();
        operator.set(checked);
        saver.accept(workspace, checked);
    }
}
