package io.bellwether.ui.actions;

import io.bellwether.domain.Deployment;
import io.bellwether.ui.common.CtrlEnter;
import io.bellwether.ui.common.StepConfirmation;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Answers the actions' questions with the console's dialogs. */
public final class DialogPrompts implements OperatorPrompts {
    private final Supplier<Window> owner;
    private final Supplier<String> operator;

    public DialogPrompts(Supplier<Window> owner, Supplier<String> operator) {
        this.owner = owner;
        this.operator = operator;
    }

    @Override
    public Optional<String> emergencyRollbackReason(Deployment deployment, String trafficNote) {
        return CtrlEnter.confirms(new EmergencyRollbackDialog(owner.get(),
                new EmergencyRollbackViewModel(deployment, operator.get(), trafficNote))).showAndWait();
    }

    @Override
    public boolean confirm(StepConfirmation step) {
        return new StepConfirmationDialog(owner.get(), step).goesAhead();
    }

    @Override
    public Optional<NewDeployment> newDeployment(String createdBy) {
        return CtrlEnter.confirms(new NewDeploymentDialog(owner.get(), new NewDeploymentViewModel(createdBy))).showAndWait();
    }

    @Override
    public Optional<ShadowRequest> newShadowDeployment() {
        return CtrlEnter.confirms(new NewShadowDialog(owner.get(), new NewShadowViewModel())).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }
}
