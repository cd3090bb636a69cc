package io.bellwether.ui.health;

import io.bellwether.domain.EnforcedVerdict;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.ReplayedCheck;
import io.bellwether.domain.RuleMode;
import io.bellwether.ui.common.CommandButtons;
import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.ui.common.Tables;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Replay tab of the health history: the rules to edit, Run, and the checks side by side with flips highlighted. */
final class ReplayPanel extends VBox {

    ReplayPanel(ReplayViewModel model) {
        super(6);
        setPadding(new Insets(6));
        Button run = CommandButtons.of("replay-run", "Run replay", model.runCommand());
        run.setMinWidth(Region.USE_PREF_SIZE);
        List<Node> fields = List.of(
                field("Error rate %", "replay-threshold", model.field(ReplayViewModel.Field.ERROR_RATE_THRESHOLD)),
                field("Multiplier", "replay-multiplier", model.field(ReplayViewModel.Field.MULTIPLIER)),
                field("Failure limit", "replay-failure-limit", model.field(ReplayViewModel.Field.FAILURE_LIMIT)),
                field("Unknown limit", "replay-unknown-limit", model.field(ReplayViewModel.Field.UNKNOWN_LIMIT)),
                window(model));
        FlowPane rules = new FlowPane(12, 4);
        rules.setId("replay-modes");
        model.modes().addListener((javafx.collections.ListChangeListener<RuleModeChoice>) change -> {
            List<Node> all = new java.util.ArrayList<>(fields);
            model.modes().forEach(choice -> all.add(mode(choice)));
            all.add(run);
            rules.getChildren().setAll(all);
        });
        rules.getChildren().setAll(fields);
        Label summary = new Label();
        summary.setId("replay-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setStyle("-fx-font-weight: bold;");
        summary.textProperty().bind(model.summaryProperty());
        Label problem = new Label();
        problem.setId("replay-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setStyle("-fx-text-fill: #b03a2e;");
        problem.textProperty().bind(model.problemProperty());
        TableView<ReplayedCheck> table = table(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(rules, summary, problem, table);
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    }

    private static HBox field(String label, String id, StringProperty value) {
        return field(label, new TextField(), id, value, 3);
    }

    /** "Checks from [ ] to [ ]": the window's ends, typed as the tables show times; blank is the first or last. */
    private static HBox window(ReplayViewModel model) {
        HBox box = new HBox(4, new Label("Checks"),
                time("from", "replay-from", model.field(ReplayViewModel.Field.FROM), "the first"),
                time("to", "replay-to", model.field(ReplayViewModel.Field.TO), "the last"));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static HBox time(String label, String id, StringProperty value, String blank) {
        TextField text = new TextField();
        text.setPromptText(blank);
        text.setTooltip(new Tooltip("A time like 2026-03-14 09:30, as the tables show them; blank replays from the"
                + " first check or to the last"));
        return field(label, text, id, value, 10);
    }

    private static HBox field(String label, TextField text, String id, StringProperty value, int columns) {
        text.setId(id);
        text.setPrefColumnCount(columns);
        text.textProperty().bindBidirectional(value);
        HBox box = new HBox(4, new Label(label), text);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static HBox mode(RuleModeChoice choice) {
        ChoiceBox<RuleMode> box = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(RuleMode.values()));
        box.setId("replay-mode-" + choice.rule().replace(':', '-'));
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(RuleMode mode) {
                return mode == null ? "" : mode.value();
            }

            @Override
            public RuleMode fromString(String text) {
                return RuleMode.fromValue("mode", text);
            }
        });
        box.valueProperty().bindBidirectional(choice.modeProperty());
        HBox entry = new HBox(4, new Label(choice.rule()), box);
        entry.setAlignment(Pos.CENTER_LEFT);
        return entry;
    }

    private static TableView<ReplayedCheck> table(ReplayViewModel model) {
        TableView<ReplayedCheck> table = Tables.sortable(model.checks());
        table.getColumns().setAll(List.of(Tables.column("Time", 160, check -> DisplayFormats.time(check.at())),
                Tables.column("Recorded", 130, check -> verdict(check.recorded(), check.recordedAction())),
                Tables.column("Replayed", 130, check -> verdict(check.replayed(), check.replayedAction())),
                Tables.column("Flip", 50, check -> check.flipped() ? "◀ flip" : ""),
                Tables.column("Replayed verdict", 400, ReplayedCheck::replayedMessage)));
        table.setPlaceholder(new Label("Edit the rules and run them over the recorded checks; nothing stored changes"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("replay-checks");
        Tables.highlight(table, ReplayedCheck::flipped, "-fx-background-color: #fde3b0;");
        return table;
    }

    static String verdict(HealthStatus status, EnforcedVerdict.Action action) {
        return action == EnforcedVerdict.Action.NONE ? status.value() : status.value() + " · " + action.value();
    }
}
