package io.bellwether.ui.drill;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The drill's status at a glance: simulated time, stage and traffic, health, active faults, the engine's call. */
final class DrillStatusPanel extends VBox {

    DrillStatusPanel(DrillViewModel model) {
        setSpacing(4);
        setPadding(new Insets(8));
        setPrefWidth(250);
        setMinWidth(250);
        setMaxWidth(250);
        setStyle("-fx-background-color: #fff4e5; -fx-border-color: #e0a050; -fx-border-width: 0 1 0 0;");
        row(model, "Simulated time", "drill-time", DrillStatus::simulatedTime);
        row(model, "Stage and traffic", "drill-stage", DrillStatus::stage);
        row(model, "Health", "drill-health", DrillStatus::health);
        row(model, "Active faults", "drill-faults", DrillStatus::faults);
        row(model, "Engine", "drill-engine", DrillStatus::engine);
    }

    private void row(DrillViewModel model, String title, String id, Function<DrillStatus, String> text) {
        Label heading = new Label(title);
        heading.setStyle("-fx-font-weight: bold; -fx-text-fill: #7a3e00;");
        Label value = new Label();
        value.setId(id);
        value.setWrapText(true);
        value.setMinHeight(Region.USE_PREF_SIZE);
        value.textProperty().bind(Bindings.createStringBinding(() -> text.apply(model.statusProperty().get()),
                model.statusProperty()));
        getChildren().addAll(heading, value);
    }
}
