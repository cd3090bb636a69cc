package io.bellwether.ui.shadow;

import io.bellwether.io.DisagreementExport;
import io.bellwether.ui.common.Tables;
import java.io.File;
import java.nio.file.Path;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The disagreement browser: filters and export on top, the page of disagreements with its pager on
 * the left, the confusion table (or the difference distribution) and the selected row's results on
 * the right. {@code chooseFile} asks where to export (a file chooser in the app).
 */
public final class DisagreementBrowserView extends BorderPane {

    public DisagreementBrowserView(DisagreementBrowserViewModel model) {
        this(model, DisagreementBrowserView::askForFile);
    }

    public DisagreementBrowserView(DisagreementBrowserViewModel model,
                                   BiFunction<Node, DisagreementExport, Path> chooseFile) {
        setPadding(new Insets(8));
        setTop(filterBar(model, chooseFile));
        SplitPane split = new SplitPane(listPane(model), sidePane(model));
        split.setDividerPositions(0.62);
        setCenter(split);
        Label status = new Label();
        status.setId("disagreements-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status().messageProperty());
        setBottom(status);
    }

    private VBox filterBar(DisagreementBrowserViewModel model, BiFunction<Node, DisagreementExport, Path> chooseFile) {
        TextField from = field("disagreements-from", "from 2026-03-14 09:00", 150, model.fromProperty());
        TextField to = field("disagreements-to", "to 2026-03-14 18:00", 150, model.toProperty());
        TextField slower = field("disagreements-slower", "ms", 60, model.slowerByProperty());
        Button apply = new Button("Apply");
        apply.setId("disagreements-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> model.applyFilters());
        HBox filters = new HBox(6, new Label("Time"), from, to, new Label("shadow slower by >"), slower,
                new Label("ms"), apply);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label pair = new Label();
        pair.setId("disagreements-pair");
        pair.textProperty().bind(model.pairTextProperty());
        Button clear = new Button("All pairs");
        clear.setId("disagreements-clear-pair");
        clear.setOnAction(e -> model.clearPair());
        Button csv = exportButton("Export CSV\u2026", "disagreements-export-csv", model, chooseFile, DisagreementExport.CSV);
        Button jsonl = exportButton("Export JSON Lines\u2026", "disagreements-export-jsonl", model, chooseFile,
                DisagreementExport.JSON_LINES);
        HBox second = new HBox(6, pair, clear, csv, jsonl);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, filters, second);
        bar.setPadding(new Insets(0, 0, 6, 0));
        return bar;
    }

    private static TextField field(String id, String prompt, double width, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private Button exportButton(String text, String id, DisagreementBrowserViewModel model,
                                BiFunction<Node, DisagreementExport, Path> chooseFile, DisagreementExport format) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(model.status().busyProperty());
        button.setOnAction(e -> {
            Path file = chooseFile.apply(this, format);
            if (file != null) {
                model.export(file, format);
            }
        });
        return button;
    }

    private static VBox listPane(DisagreementBrowserViewModel model) {
        TableView<DisagreementRow> table = new TableView<>(model.rows());
        table.setId("disagreements-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Tables.column("Time", 140, DisagreementRow::time));
        table.getColumns().add(Tables.column("Primary", 90, DisagreementRow::primary));
        table.getColumns().add(Tables.column("Shadow", 90, DisagreementRow::shadow));
        table.getColumns().add(Tables.column("Primary latency", 95, DisagreementRow::primaryLatency));
        table.getColumns().add(Tables.column("Shadow latency", 95, DisagreementRow::shadowLatency));
        table.getColumns().add(Tables.column("Difference", 80, DisagreementRow::difference));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        Button previous = new Button("\u25C0 Newer");
        previous.setId("disagreements-previous");
        previous.setOnAction(e -> model.previousPage());
        Button next = new Button("Older \u25B6");
        next.setId("disagreements-next");
        next.setOnAction(e -> model.nextPage());
        Button last = new Button("Oldest");
        last.setOnAction(e -> model.lastPage());
        Label page = new Label();
        page.setId("disagreements-page");
        page.textProperty().bind(model.pageTextProperty());
        HBox pager = new HBox(6, previous, next, last, page);
        pager.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(6, table, pager);
        VBox.setVgrow(table, Priority.ALWAYS);
        return pane;
    }

    private static SplitPane sidePane(DisagreementBrowserViewModel model) {
        Label heading = new Label();
        heading.setId("disagreements-summary");
        heading.setWrapText(true);
        heading.setStyle("-fx-font-weight: bold;");
        heading.textProperty().bind(model.summaryTextProperty());
        TableView<PairRow> pairs = new TableView<>(model.pairs());
        pairs.setId("disagreements-pairs");
        pairs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        pairs.getColumns().add(Tables.column("Primary", 90, PairRow::primary));
        pairs.getColumns().add(Tables.column("Shadow", 90, PairRow::shadow));
        pairs.getColumns().add(Tables.column("Count", 70, row -> String.format("%,d", row.count())));
        pairs.getColumns().add(Tables.column("Share", 60, PairRow::share));
        pairs.setOnMouseClicked(e -> {
            PairRow row = pairs.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.filterByPair(row);
            }
        });
        ListView<String> distribution = new ListView<>(model.differences());
        distribution.setId("disagreements-distribution");
        pairs.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.differences()));
        pairs.managedProperty().bind(pairs.visibleProperty());
        distribution.visibleProperty().bind(pairs.visibleProperty().not());
        distribution.managedProperty().bind(distribution.visibleProperty());
        VBox summary = new VBox(6, heading, pairs, distribution);
        VBox.setVgrow(pairs, Priority.ALWAYS);
        VBox.setVgrow(distribution, Priority.ALWAYS);
        TextArea detail = new TextArea();
        detail.setId("disagreements-detail");
        detail.setEditable(false);
        detail.setStyle("-fx-font-family: monospace;");
        detail.textProperty().bind(model.detailProperty());
        SplitPane side = new SplitPane(summary, detail);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.55);
        return side;
    }

    private static Path askForFile(Node owner, DisagreementExport format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the disagreements");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format == DisagreementExport.CSV ? "CSV"
                : "JSON Lines", "*." + format.extension()));
        chooser.setInitialFileName("disagreements." + format.extension());
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return file == null ? null : file.toPath();
    }
}
