package io.bellwether.application.service;

import io.bellwether.application.port.in.AttentionQueue.Item;
import io.bellwether.application.port.in.AttentionQueue.Kind;
import io.bellwether.application.port.in.NotificationDelivery;
import io.bellwether.application.port.out.RegistryTransaction;
import java.time.Instant;
import java.util.List;

/** Notification deliveries that failed and were not retried yet: nobody was told of that step. */
final class FailedNotifications implements AttentionSource {

    @Override
    public List<Item> waiting(RegistryTransaction tx, Instant now) {
        return tx.notifications().openFailures().stream().map(FailedNotifications::item).toList();
    }

    private static Item item(NotificationDelivery delivery) {
        var evidence = delivery.evidence();
        return new Item(Kind.FAILED_NOTIFICATION, evidence.deploymentId(), evidence.deploymentId(), evidence.environment(),
                evidence.event() + " notification " + delivery.id() + " to " + delivery.target() + " failed: "
                        + delivery.error() + " (retry it in Settings → Notifications)", delivery.attemptedAt());
    }
}
