package io.bellwether.application.port.in;

import io.bellwether.domain.WireName;
import io.bellwether.domain.WireNames;

/** The body a notification webhook receives: a Slack-compatible incoming-webhook message or the generic JSON. */
public enum NotificationFormat implements WireName {
    SLACK, JSON;

    public static NotificationFormat fromValue(String text) {
        return WireNames.parse(NotificationFormat.class, "format", text);
    }
}
