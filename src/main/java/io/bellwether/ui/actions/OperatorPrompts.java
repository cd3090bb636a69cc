package io.bellwether.ui.actions;

import io.bellwether.domain.Deployment;
import io.bellwether.ui.common.StepConfirmation;
import java.util.Optional;

/**
 * The questions actions ask the operator. The console answers with dialogs; view-model tests
 * answer with scripted values. Empty means the operator cancelled.
 */
public interface OperatorPrompts {

    /** A non-blank reason for an emergency rollback of {@code deployment}. */
    Optional<String> emergencyRollbackReason(Deployment deployment, String trafficNote);

    /** Whether the operator, having read {@code step}'s context and warnings, goes ahead. */
    boolean confirm(StepConfirmation step);

    /** The deployment to create and, optionally, the Prometheus its metrics come from. */
    Optional<NewDeployment> newDeployment(String operator);

    Optional<ShadowRequest> newShadowDeployment();

    /** Tells the operator that something failed; never blocks work. */
    void showError(String title, String message);
}
