package io.bellwether.ui.audit;

import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.ui.common.Derived;
import io.bellwether.ui.common.DetailLines;
import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.ui.common.Tables;
import java.io.File;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/** Controls and bindings of the audit screen. */
public final class AuditTrailView extends BorderPane {

    public AuditTrailView(AuditTrailViewModel model) {
        setPadding(new Insets(8));
        setTop(filters(model));
        TableView<AuditEvent> table = table(model);
        setCenter(new javafx.scene.control.SplitPane(table, detailsPane(table)));
        ((javafx.scene.control.SplitPane) getCenter()).setOrientation(javafx.geometry.Orientation.VERTICAL);
        ((javafx.scene.control.SplitPane) getCenter()).setDividerPositions(0.75);
        setBottom(footer(model));
    }

    private FlowPane filters(AuditTrailViewModel model) {
        ComboBox<EventType> type = anyCombo(EventType.values(), "any type");
        type.setPrefWidth(220);
        type.valueProperty().bindBidirectional(model.filters().type());
        ComboBox<EventSeverity> severity = anyCombo(EventSeverity.values(), "any severity");
        severity.valueProperty().bindBidirectional(model.filters().severity());
        TextField user = field("user", 110, model.filters().user());
        TextField resource = field("resource id", 170, model.filters().resource());
        TextField text = field("search text", 130, model.filters().text());
        user.setId("audit-user");
        resource.setId("audit-resource");
        text.setId("audit-text");
        DatePicker from = datePicker("from");
        from.valueProperty().bindBidirectional(model.filters().fromDate());
        DatePicker to = datePicker("to");
        to.valueProperty().bindBidirectional(model.filters().toDate());
        for (TextField field : new TextField[] {user, resource, text}) {
            field.setOnAction(event -> model.load());
        }
        Button apply = new Button("Apply");
        apply.setId("audit-apply");
        apply.setDefaultButton(false);
        apply.setOnAction(event -> model.load());
        Button clear = new Button("Clear");
        clear.setOnAction(event -> model.clearFilters());
        FlowPane bar = new FlowPane(6, 6, type, severity, user, resource, from, to, text, apply, clear);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    /** The selected event's details, a "key: value" line each. */
    private static javafx.scene.control.TextArea detailsPane(TableView<AuditEvent> table) {
        javafx.scene.control.TextArea details = new javafx.scene.control.TextArea();
        details.setId("audit-details");
        details.setEditable(false);
        details.setPromptText("Select an event to read its details");
        details.textProperty().bind(table.getSelectionModel().selectedItemProperty().map(event ->
                String.join("\n", DetailLines.of(event.details()))).orElse(""));
        return details;
    }

    private TableView<AuditEvent> table(AuditTrailViewModel model) {
        TableView<AuditEvent> table = Tables.sortable(model.events());
        table.setId("audit-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No audit events match these filters"));
        TableColumn<AuditEvent, String> sequence = Tables.column("#", 50, event -> String.valueOf(event.sequence()));
        sequence.setComparator(java.util.Comparator.comparingLong(Long::parseLong));
        sequence.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().add(sequence);
        table.getSortOrder().add(sequence);
        table.getColumns().add(Tables.column("Time", 165, event -> DisplayFormats.time(event.timestamp())));
        table.getColumns().add(Tables.column("Type", 255, event -> event.type().name()));
        table.getColumns().add(Tables.column("Severity", 85, event -> event.severity().name()));
        table.getColumns().add(Tables.column("User", 175, AuditEvent::user));
        table.getColumns().add(Tables.column("Resource", 370, AuditEvent::resourceId));
        table.getColumns().add(Tables.column("Action", 165, AuditEvent::action));
        table.getColumns().add(Tables.column("Details", 600, event -> DetailLines.oneLine(event.details())));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(AuditEvent event, boolean empty) {
                super.updateItem(event, empty);
                boolean broken = !empty && event != null
                        && Objects.equals(model.verificationProperty().get().firstBrokenSequence(), event.sequence());
                EventSeverity severity = empty || event == null ? EventSeverity.INFO : event.severity();
                setStyle(broken ? "-fx-background-color: #f4b6b6;"
                        : severity == EventSeverity.CRITICAL ? "-fx-background-color: #fbd3c4;"
                        : severity == EventSeverity.ERROR ? "-fx-background-color: #fdebd3;" : "");
            }
        });
        model.verificationProperty().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    private HBox footer(AuditTrailViewModel model) {
        Button verify = new Button("Verify chain");
        verify.setId("audit-verify");
        verify.setOnAction(event -> model.verify());
        Label verification = new Label();
        verification.setId("audit-verification");
        verification.textProperty().bind(Derived.text(model.verificationProperty(), AuditTrailViewModel.Verification::text));
        model.verificationProperty().addListener((obs, old, now) -> verification.setStyle(now.chainIntact() == null ? ""
                : now.stale() ? "-fx-text-fill: #9a3412; -fx-font-weight: bold;"
                : now.chainIntact() ? "-fx-text-fill: #1b7a2f; -fx-font-weight: bold;" : "-fx-text-fill: #b00020; -fx-font-weight: bold;"));
        Button json = exportButton(model, AuditExport.Format.JSON, "Export JSON…");
        Button csv = exportButton(model, AuditExport.Format.CSV, "Export CSV…");
        Label status = new Label();
        status.setId("audit-status");
        status.textProperty().bind(model.status().messageProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.status().busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, verify, verification, spacer, status, progress, json, csv);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(8, 0, 0, 0));
        return footer;
    }

    private Button exportButton(AuditTrailViewModel model, AuditExport.Format format, String text) {
        Button button = new Button(text);
        button.disableProperty().bind(model.exportCommand().executableProperty().not());
        button.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export audit trail as " + format);
            String extension = format.name().toLowerCase(java.util.Locale.ROOT);
            chooser.setInitialFileName("audit." + extension);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + extension));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.export(format, file.toPath());
            }
        });
        return button;
    }

    private static <T> ComboBox<T> anyCombo(T[] values, String anyText) {
        ComboBox<T> combo = new ComboBox<>();
        combo.getItems().add(null);
        combo.getItems().addAll(values);
        combo.setPromptText(anyText);
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? anyText : item.toString());
            }
        });
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? anyText : item.toString());
            }
        });
        return combo;
    }

    private static TextField field(String prompt, double width, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static DatePicker datePicker(String prompt) {
        DatePicker picker = new DatePicker();
        picker.setPromptText(prompt);
        picker.setPrefWidth(120);
        return picker;
    }

}
