package io.bellwether.application.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One attempt to deliver a notification to one webhook, as stored: a success or a failure with its error
 * (secrets masked). {@code retryOf} is the delivery this one retried; {@code retried} says a later attempt
 * retried this one. {@code target} is the webhook's URL as it may be shown.
 */
public record NotificationDelivery(long id, long webhookId, String target, NotificationFormat format,
                                   NotificationEvidence evidence, Instant attemptedAt, Long retryOf,
                                   boolean succeeded, Integer httpStatus, Duration duration, String error,
                                   boolean retried) {

    public NotificationDelivery withId(long storedId) {
        return new NotificationDelivery(storedId, webhookId, target, format, evidence, attemptedAt, retryOf, succeeded,
                httpStatus, duration, error, retried);
    }

    /** A failure nobody has retried yet: what needs a human. */
    public boolean openFailure() {
        return !succeeded && !retried;
    }

    /** As the log prints it. */
    public Map<String, Object> shown() {
        return FieldMap.of("id", id, "webhook_id", webhookId, "target", target, "format", format.value(),
                "event", evidence.event(), "deployment_id", evidence.deploymentId(), "environment",
                evidence.environment(), "attempted_at", attemptedAt.toString(), "retry_of", retryOf,
                "succeeded", succeeded, "http_status", httpStatus, "duration_ms", duration.toMillis(), "error", error,
                "retried", retried);
    }
}
