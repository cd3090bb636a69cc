package io.bellwether.ui.shadow;

import io.bellwether.application.port.in.Disagreements;
import io.bellwether.ui.TaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Opens the disagreement browser of one shadow in its own window, from the Shadow tab or the Review tab. */
public final class DisagreementsWindow {
    private DisagreementsWindow() {
    }

    public static Stage open(Node owner, Disagreements disagreements, TaskExecutor executor, String shadowId,
                             String title) {
        return open(owner, new DisagreementBrowserViewModel(disagreements, executor), shadowId, title);
    }

    public static Stage open(Node owner, DisagreementBrowserViewModel model, String shadowId, String title) {
        Stage stage = new Stage();
        stage.setTitle("Disagreements · " + title);
        if (owner != null && owner.getScene() != null) {
            stage.initOwner(owner.getScene().getWindow());
            stage.getIcons().setAll(((Stage) owner.getScene().getWindow()).getIcons());
        }
        stage.setScene(new Scene(new DisagreementBrowserView(model), 1200, 660));
        stage.show();
        model.show(shadowId);
        return stage;
    }
}
