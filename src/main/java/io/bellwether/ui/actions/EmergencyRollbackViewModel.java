package io.bellwether.ui.actions;

import io.bellwether.application.port.in.HookSettings;
import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.ui.common.FormCheck;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The emergency rollback confirmation: it is only confirmed with a non-blank reason. */
public final class EmergencyRollbackViewModel {
    public static final String REASON_FIELD = "reason";

    private final Deployment deployment;
    private final String operator;
    private final String trafficNote;
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final FormCheck<String> check = new FormCheck<>();

    /** {@code trafficNote}: what the rollback does to traffic, e.g. "record only: no traffic moved". */
    public EmergencyRollbackViewModel(Deployment deployment, String operator, String trafficNote) {
        this.deployment = deployment;
        this.operator = operator;
        this.trafficNote = trafficNote;
        reason.addListener((obs, old, now) -> validate());
        validate();
    }

    private void validate() {
        check.attempt(() -> Checks.required(REASON_FIELD, reason.get()));
        check.conclude(reason::get);
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

    /** Valid with a non-blank reason; else its message. */
    public FormCheck<String> check() {
        return check;
    }

    /** The trimmed reason; refuses a blank one with a message naming the field. */
    public String confirmedReason() {
        return Checks.required(REASON_FIELD, reason.get()).trim();
    }
}
