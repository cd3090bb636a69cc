package io.bellwether.ui.imports;

import io.bellwether.ui.common.CommandButtons;
import io.bellwether.io.ImportKind;
import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Chooses what to import, from which file, into which deployment, and shows progress and refusals. */
public final class ImportDialog extends Dialog<ButtonType> {

    public ImportDialog(Window owner, ImportViewModel viewModel) {
        initOwner(owner);
        setTitle("Import");
        setHeaderText("Import metrics, health checks or shadow comparisons (CSV or JSON Lines)");
        ChoiceBox<ImportKind> kind = new ChoiceBox<>();
        kind.setId("importKind");
        kind.getItems().setAll(ImportKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportKind value) {
                return value == null ? "" : value.value() + " (into a " + value.target() + ")";
            }

            @Override
            public ImportKind fromString(String text) {
                return ImportKind.fromValue(text);
            }
        });
        kind.valueProperty().bindBidirectional(viewModel.form().kind());
        TextField target = new TextField();
        target.setId("importTarget");
        target.setPromptText("deploy_… or shadow_…");
        target.textProperty().bindBidirectional(viewModel.form().targetId());
        Label fileName = new Label();
        fileName.textProperty().bind(viewModel.form().file().map(path -> path.toString()).orElse("no file chosen"));
        Button choose = new Button("Choose file…");
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV or JSON Lines", "*.csv", "*.jsonl",
                    "*.ndjson", "*.json", "*.txt"));
            File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                viewModel.form().file().set(chosen.toPath());
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("What"), kind);
        form.addRow(1, new Label("Into"), target);
        form.addRow(2, choose, fileName);

        Button run = CommandButtons.of("importButton", "Import", viewModel.importCommand());
        run.setDefaultButton(true);
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty().map(ImportViewModel.Progress::fraction));
        Label phase = new Label();
        phase.setId("importPhase");
        phase.textProperty().bind(viewModel.progressProperty().map(ImportViewModel.Progress::phase));
        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.status().messageProperty());
        ListView<String> problems = new ListView<>(viewModel.problems());
        problems.setId("importProblems");
        problems.setPrefHeight(160);
        problems.setMinHeight(120);
        problems.setPlaceholder(new Label("Refused lines, if any, are listed here"));
        VBox.setVgrow(problems, javafx.scene.layout.Priority.ALWAYS);

        VBox content = new VBox(10, form, run, progress, phase, message, problems);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }
}
