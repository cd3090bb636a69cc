package io.bellwether.ui.settings;

import io.bellwether.domain.Checks;
import io.bellwether.ui.common.FormCheck;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The settings form: the operator name, applied only when valid. */
public final class SettingsViewModel {
    private final OperatorSettings settings;
    private final StringProperty operatorName;
    private final FormCheck<String> check = new FormCheck<>();

    public SettingsViewModel(OperatorSettings settings) {
        this.settings = settings;
        operatorName = new SimpleStringProperty(this, "operatorName", settings.operator());
        operatorName.addListener((obs, old, now) -> validate());
        validate();
    }

    private void validate() {
        check.attempt(() -> Checks.required(OperatorSettings.OPERATOR_FIELD, operatorName.get()));
        check.conclude(operatorName::get);
    }

    public StringProperty operatorNameProperty() {
        return operatorName;
    }

    /** Valid with a non-blank operator name; else its message. */
    public FormCheck<String> check() {
        return check;
    }

    public void apply() {
        settings.changeOperator(operatorName.get());
    }
}
