package io.bellwether.application.port.in;

import java.util.List;

/**
 * Notification webhooks (configured and removed with an audited CONFIGURATION_CHANGED) and their delivery
 * log. Rollbacks, pauses, inconclusive canaries and completions are delivered by the lifecycle itself,
 * after the step commits; every attempt is stored, a failed one until it is retried.
 */
public interface Notifications {

    /** Every webhook, by environment then id. */
    List<NotificationWebhook> webhooks();

    /** Stores a new webhook and returns it with its id. */
    NotificationWebhook add(NotificationWebhook webhook, String operator);

    /** Removes a webhook; its past deliveries stay in the log. */
    void remove(long webhookId, String operator);

    /** The newest {@code limit} deliveries, newest first. */
    List<NotificationDelivery> log(int limit);

    /** Failed deliveries not retried yet, newest first (what needs a human). */
    List<NotificationDelivery> failed();

    /** Sends a stored delivery's evidence again to its webhook and stores the attempt. */
    NotificationDelivery retry(long deliveryId, String operator);

    /** Sends a "test" notification to every webhook of the environment (its own and the '*' ones). */
    List<NotificationDelivery> test(String environment, String operator);
}
