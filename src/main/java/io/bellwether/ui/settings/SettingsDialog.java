package io.bellwether.ui.settings;

import io.bellwether.ui.common.CommandButtons;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edits the operator name recorded with every action; shows the selected deployment's metrics binding; and, on
 * its Notifications tab, the notification webhooks and their delivery log.
 */
public final class SettingsDialog extends Dialog<ButtonType> {

    public SettingsDialog(Window owner, SettingsViewModel viewModel, MetricsBindingViewModel metrics,
                          NotificationsViewModel notifications) {
        initOwner(owner);
        setTitle("Settings");
        setHeaderText("Operator recorded with every start, completion and rollback");
        TextField name = new TextField();
        name.setId("operatorName");
        name.textProperty().bindBidirectional(viewModel.operatorNameProperty());
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.textProperty().bind(viewModel.check().firstErrorProperty());
        VBox content = new VBox(8, new Label("Operator name"), name, error, new Separator(), metricsSection(metrics));
        Tab operator = new Tab("Operator and metrics", content);
        Tab alerts = new Tab("Notifications", new NotificationsPane(notifications));
        alerts.setId("notificationsTab");
        TabPane tabs = new TabPane(operator, alerts);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(720);
        getDialogPane().setContent(tabs);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(viewModel.check().validProperty().not());
        setResultConverter(button -> {
            if (button == ButtonType.OK) {
                viewModel.apply();
            }
            return button;
        });
        metrics.load();
    }

    private static VBox metricsSection(MetricsBindingViewModel metrics) {
        Label binding = new Label();
        binding.setId("metricsBinding");
        binding.setWrapText(true);
        binding.textProperty().bind(metrics.bindingProperty());
        Button test = CommandButtons.of("testQueryButton", "Test query", metrics.testQueryCommand());
        Label message = new Label();
        message.setId("testQueryMessage");
        message.textProperty().bind(metrics.messageProperty());
        ListView<String> results = new ListView<>(metrics.results());
        results.setId("testQueryResults");
        results.setPrefHeight(150);
        return new VBox(6, new Label("Live metrics of the selected deployment"), binding, test, message, results);
    }
}
