package io.bellwether.ui.shell;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Open workspace: a file on this workstation, or a team workspace on PostgreSQL. */
public final class OpenWorkspaceDialog extends Dialog<Path> {
    public static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

    public OpenWorkspaceDialog(Window owner, OpenWorkspaceViewModel viewModel) {
        initOwner(owner);
        setTitle("Open workspace");
        setHeaderText("A workspace file on this workstation, or a team workspace on PostgreSQL");
        TextField location = new TextField();
        location.setId("openLocation");
        location.setPromptText("a workspace file, or postgresql://user@host:5432/database");
        location.textProperty().bindBidirectional(viewModel.locationProperty());
        HBox.setHgrow(location, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setId("openBrowse");
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a Bellwether workspace");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Bellwether workspace", "*.mv.db"));
            File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                viewModel.choseFile(chosen.toPath());
            }
        });
        Label hint = new Label("The password never goes in the URL: PGPASSWORD, ~/.pgpass or ?password=${env:NAME}.");
        hint.setWrapText(true);
        Label problem = new Label();
        problem.setId("openProblem");
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.shownProblemProperty());
        VBox content = new VBox(8, new HBox(6, location, browse), hint, problem);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(OPEN, ButtonType.CANCEL);
        Button open = (Button) getDialogPane().lookupButton(OPEN);
        open.setId("openWorkspace");
        open.disableProperty().bind(viewModel.problemProperty().isNotNull());
        setOnShown(event -> location.requestFocus());
        setResultConverter(button -> button == OPEN ? viewModel.chosen().orElse(null) : null);
    }
}
