package io.bellwether.application.port.in;

import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.WireName;

/** The body a notification webhook receives: a Slack-compatible incoming-webhook message or the generic JSON. */
public enum NotificationFormat implements WireName {
    SLACK, JSON;

    public static NotificationFormat fromValue(String text) {
        for (NotificationFormat format : values()) {
            if (format.value().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return format;
            }
        }
        throw new InvalidInputException("format", text, "must be one of slack, json");
    }
}
