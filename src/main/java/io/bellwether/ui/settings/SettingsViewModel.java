package io.bellwether.ui.settings;

import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The settings form: the operator name, applied only when valid. */
public final class SettingsViewModel {
    private final OperatorSettings settings;
    private final StringProperty operatorName;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    public SettingsViewModel(OperatorSettings settings) {
        this.settings = settings;
        operatorName = new SimpleStringProperty(this, "operatorName", settings.operator());
        operatorName.addListener((obs, old, now) -> validate());
        validate();
    }

    private void validate() {
        try {
            Checks.required(OperatorSettings.OPERATOR_FIELD, operatorName.get());
            error.set(null);
            valid.set(true);
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            valid.set(false);
        }
    }

    public StringProperty operatorNameProperty() {
        return operatorName;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public void apply() {
        settings.changeOperator(operatorName.get());
    }
}
