package io.bellwether.ui.settings;

import io.bellwether.application.port.in.NotificationFormat;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "add a webhook" fields as the operator types them: environment, URL, format and one optional header. */
public record WebhookForm(StringProperty environment, StringProperty url, ObjectProperty<NotificationFormat> format,
                          StringProperty header) {

    /** Production, slack, nothing typed yet. */
    static WebhookForm empty() {
        return new WebhookForm(new SimpleStringProperty("production"), new SimpleStringProperty(""),
                new SimpleObjectProperty<>(NotificationFormat.SLACK), new SimpleStringProperty(""));
    }

    /** After an add: the URL and the header (which may hold a secret) are cleared. */
    void clearTyped() {
        url.set("");
        header.set("");
    }
}
