package io.bellwether.application.port.out;

import io.bellwether.application.port.in.NotificationDelivery;
import io.bellwether.application.port.in.NotificationWebhook;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the notification webhooks and the append-only log of their deliveries. */
public interface NotificationStore {

    /** By environment then id. */
    List<NotificationWebhook> webhooks();

    Optional<NotificationWebhook> webhook(long id);

    /** The environment's own webhooks and the '*' ones. */
    List<NotificationWebhook> webhooksOf(String environment);

    NotificationWebhook add(NotificationWebhook webhook, String changedBy, Instant changedAt);

    /** @return whether a webhook was removed */
    boolean remove(long id);

    /** Stores the attempt and marks the delivery it retried as retried; returns it with its id. */
    NotificationDelivery append(NotificationDelivery delivery);

    Optional<NotificationDelivery> delivery(long id);

    /** Newest first. */
    List<NotificationDelivery> recent(int limit);

    /** Failed and not retried, newest first. */
    List<NotificationDelivery> openFailures();
}
