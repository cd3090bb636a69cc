package io.bellwether.ui.settings;

import io.bellwether.domain.Checks;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Who the console acts as: recorded as operator / triggered_by on every action. */
public final class OperatorSettings {
    public static final String OPERATOR_FIELD = "operator name";

    private final ReadOnlyStringWrapper operator = new ReadOnlyStringWrapper(this, "operator");
    private final Consumer<String> saver;

    /**
     * @param initial the saved name, or the OS user (application.Operators.systemUser())
     * @param saver   keeps a changed name for the next session
     */
    public OperatorSettings(String initial, Consumer<String> saver) {
        this.saver = saver;
        operator.set(Checks.required(OPERATOR_FIELD, initial).trim());
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
        saver.accept(checked);
    }
}
