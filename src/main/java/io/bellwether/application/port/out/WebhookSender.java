package io.bellwether.application.port.out;

import io.bellwether.application.port.in.NotificationEvidence;
import io.bellwether.application.port.in.NotificationWebhook;
import java.time.Duration;

/**
 * Port: posts one notification to one webhook in its format, within the webhook's timeouts. It does not
 * throw for a failed delivery (refused, timed out, non-2xx): that is an outcome with an error, secrets masked.
 */
public interface WebhookSender {

    /** A sender for workspaces that never call out (drills, imports): nothing is sent or stored. */
    WebhookSender NEVER = new WebhookSender() {
        @Override
        public Outcome send(NotificationWebhook webhook, NotificationEvidence evidence) {
            throw new IllegalStateException("no notification is sent from this workspace");
        }

        @Override
        public boolean sends() {
            return false;
        }
    };

    Outcome send(NotificationWebhook webhook, NotificationEvidence evidence);

    /** False when nothing is ever sent (then no delivery is stored either). */
    default boolean sends() {
        return true;
    }

    /** @param httpStatus null without an answer; @param error null on success */
    record Outcome(boolean succeeded, Integer httpStatus, Duration duration, String error) {
    }
}
