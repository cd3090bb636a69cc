package io.bellwether.ui.drill;

import io.bellwether.drill.DrillReportBlocks;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The drill report: who rolled back when, the engine's moment, the whole report laid out, and the exports. */
final class DrillReportPane extends VBox {

    DrillReportPane(DrillViewModel model) {
        Label verdict = new Label();
        verdict.setId("drill-report-verdict");
        verdict.setWrapText(true);
        verdict.setStyle("-fx-font-weight: bold;");
        verdict.textProperty().bind(Bindings.createStringBinding(() -> model.reportProperty().get() == null
                ? "The report appears here when the drill ends"
                : (model.reportProperty().get().passed() ? "PASSED: " : "FAILED: ")
                + model.reportProperty().get().verdict(), model.reportProperty()));
        Label operator = summary("drill-report-operator", model.operatorRollbackTextProperty());
        Label engine = summary("drill-report-engine", model.engineRollbackTextProperty());

        ReportBody body = new ReportBody();
        body.setId("drill-report-body");
        model.reportProperty().addListener((observable, before, report) ->
                body.show(report == null ? List.of() : DrillReportBlocks.of(report)));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button json = new Button("Export JSON…");
        json.setId("drill-export-json");
        json.setOnAction(event -> choose("drill-report.json", "JSON", "*.json", model::exportJson));
        Button markdown = new Button("Export Markdown…");
        markdown.setId("drill-export-markdown");
        markdown.setOnAction(event -> choose("drill-report.md", "Markdown", "*.md", model::exportMarkdown));
        json.disableProperty().bind(model.reportProperty().isNull());
        markdown.disableProperty().bind(model.reportProperty().isNull());

        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(verdict, operator, engine, scroll, new HBox(8, json, markdown));
    }

    private static Label summary(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private void choose(String name, String format, String pattern, Consumer<Path> export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the drill report as " + format);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format, pattern));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            export.accept(file.toPath());
        }
    }
}
