package io.bellwether.ui.actions;

import io.bellwether.application.port.in.HookSettings;
import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.InvalidInputException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The emergency rollback confirmation: it is only confirmed with a non-blank reason. */
public final class EmergencyRollbackViewModel {
    public static final String REASON_FIELD = "reason";

    private final Deployment deployment;
    private final String operator;
    private final String trafficNote;
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /** {@code trafficNote}: what the rollback does to traffic, e.g. "record only: no traffic moved". */
    public EmergencyRollbackViewModel(Deployment deployment, String operator, String trafficNote) {
        this.deployment = deployment;
        this.operator = operator;
        this.trafficNote = trafficNote;
        reason.addListener((obs, old, now) -> validate());
        validate();
    }

    private void validate() {
        try {
            Checks.required(REASON_FIELD, reason.get());
            error.set(null);
            valid.set(true);
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            valid.set(false);
        }
    }

    /** What the operator is about to do, in one sentence. */
    public String summary() {
        return "Roll back " + deployment.modelRef() + " (" + deployment.strategy().value() + ", "
                + deployment.environment() + ") now. This is recorded as a CRITICAL audit event by "
                + operator + ". Traffic: " + trafficNote + (HookSettings.RECORD_ONLY_NOTE.equals(trafficNote)
                ? " (no traffic controller is configured for " + deployment.environment()
                + "; move its traffic back by hand)." : ".");
    }

    public String deploymentId() {
        return deployment.deploymentId();
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The trimmed reason; refuses a blank one with a message naming the field. */
    public String confirmedReason() {
        return Checks.required(REASON_FIELD, reason.get()).trim();
    }
}
