package io.bellwether.ui.settings;

import io.bellwether.application.port.in.NotificationFormat;
import io.bellwether.ui.common.CommandButtons;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Settings' Notifications tab: the webhooks with Add and Remove, and the delivery log with Retry. */
final class NotificationsPane extends VBox {

    NotificationsPane(NotificationsViewModel model) {
        super(6);
        ListView<NotificationsViewModel.WebhookRow> webhooks = new ListView<>(model.webhooks());
        webhooks.setId("webhookList");
        webhooks.setPrefHeight(110);
        model.selectedWebhookProperty().bind(webhooks.getSelectionModel().selectedItemProperty());
        TextField environment = field("webhookEnvironment", "production or *", 110);
        environment.textProperty().bindBidirectional(model.form().environment());
        TextField url = field("webhookUrl", "https://hooks.slack.com/services/…", 260);
        url.textProperty().bindBidirectional(model.form().url());
        HBox.setHgrow(url, Priority.ALWAYS);
        ChoiceBox<NotificationFormat> format = new ChoiceBox<>(FXCollections.observableArrayList(
                NotificationFormat.values()));
        format.setId("webhookFormat");
        format.valueProperty().bindBidirectional(model.form().format());
        TextField header = field("webhookHeader", "Authorization: Bearer ${env:SLACK_TOKEN}", 260);
        header.textProperty().bindBidirectional(model.form().header());
        ListView<NotificationsViewModel.DeliveryRow> log = new ListView<>(model.deliveries());
        log.setId("deliveryLog");
        log.setPrefHeight(150);
        model.selectedDeliveryProperty().bind(log.getSelectionModel().selectedItemProperty());
        Label message = new Label();
        message.setId("notificationsMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.status().messageProperty());
        Label failures = new Label();
        failures.setId("notificationFailures");
        failures.getStyleClass().add("form-error");
        failures.textProperty().bind(model.failuresProperty());
        getChildren().addAll(new Label("Webhooks told about rollbacks, pauses, inconclusive canaries and completions"),
                webhooks, new HBox(6, environment, format, url),
                new HBox(6, header, CommandButtons.of("addWebhookButton", model.addCommand()),
                        CommandButtons.of("removeWebhookButton", model.removeCommand())),
                new HBox(12, new Label("Deliveries (newest first)"), failures), log,
                new HBox(6, CommandButtons.of("retryDeliveryButton", model.retryCommand()), message));
        model.load();
    }

    private static TextField field(String id, String prompt, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        return field;
    }
}
