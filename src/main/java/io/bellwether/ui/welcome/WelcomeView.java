package io.bellwether.ui.welcome;

import io.bellwether.ui.common.CommandButtons;
import io.bellwether.ui.common.Command;
import io.bellwether.ui.shell.OpenWorkspaceDialog;
import io.bellwether.ui.shell.OpenWorkspaceViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Shown when the workspace holds no deployment yet. */
public final class WelcomeView extends VBox {

    public WelcomeView(WelcomeViewModel viewModel) {
        super(14);
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(32));
        Label title = new Label("Welcome to Bellwether");
        title.getStyleClass().add("welcome-title");
        Label text = new Label("This workspace has no deployments yet. Open the demo workspace to explore the "
                + "deployment guide's fraud_detector rollout (a shadow test, a canary in progress, a completed "
                + "blue-green and an automated rollback), or create your first deployment here.");
        text.setWrapText(true);
        text.setMaxWidth(620);
        text.getStyleClass().add("welcome-text");
        text.setAlignment(Pos.CENTER);
        Button demo = button("openDemoButton", "Open demo workspace", viewModel.openDemoCommand());
        demo.setDefaultButton(true);
        Button create = button("welcomeNewDeploymentButton", "New deployment…", viewModel.newDeploymentCommand());
        Button other = new Button("Open another workspace…");
        other.setId("welcomeOpenOther");
        other.getStyleClass().add("welcome-button");
        other.setOnAction(event -> new OpenWorkspaceDialog(getScene().getWindow(), new OpenWorkspaceViewModel())
                .showAndWait().ifPresent(viewModel::openOther));
        HBox buttons = new HBox(12, demo, create, other);
        buttons.setAlignment(Pos.CENTER);
        Label where = new Label("Workspace: " + viewModel.workspaceFile() + "\nThe demo is built in its own file: "
                + viewModel.demoFile());
        where.getStyleClass().add("welcome-where");
        where.setAlignment(Pos.CENTER);
        where.setWrapText(true);
        where.setMaxWidth(620);
        getChildren().addAll(title, text, buttons, where);
    }

    private static Button button(String id, String text, Command command) {
        Button button = CommandButtons.of(id, text, command);
        button.getStyleClass().add("welcome-button");
        return button;
    }
}
