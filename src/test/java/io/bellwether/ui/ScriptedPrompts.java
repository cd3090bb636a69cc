package io.bellwether.ui;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.domain.Deployment;
import io.bellwether.ui.actions.NewDeployment;
import io.bellwether.ui.actions.OperatorPrompts;
import io.bellwether.ui.actions.ShadowRequest;
import io.bellwether.ui.common.StepConfirmation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the actions' questions with values set by the test, and records the errors shown. */
public final class ScriptedPrompts implements OperatorPrompts {
    public String reason;
    public DeploymentRequest deploymentRequest;
    /** Wins over {@link #deploymentRequest} when set. */
    public NewDeployment newDeployment;
    public ShadowRequest shadowRequest;
    public final List<String> errors = new ArrayList<>();
    public final List<String> askedAbout = new ArrayList<>();
    public final List<String> trafficNotes = new ArrayList<>();
    public final List<StepConfirmation> confirmations = new ArrayList<>();
    public boolean goAhead = true;

    @Override
    public boolean confirm(StepConfirmation step) {
        confirmations.add(step);
        return goAhead;
    }

    @Override
    public Optional<String> emergencyRollbackReason(Deployment deployment, String trafficNote) {
        askedAbout.add(deployment.deploymentId());
        trafficNotes.add(trafficNote);
        return Optional.ofNullable(reason);
    }

    @Override
    public Optional<NewDeployment> newDeployment(String operator) {
        return newDeployment != null ? Optional.of(newDeployment)
                : Optional.ofNullable(deploymentRequest).map(NewDeployment::new);
    }

    @Override
    public Optional<ShadowRequest> newShadowDeployment() {
        return Optional.ofNullable(shadowRequest);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
