package io.bellwether.application.service;

import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.NotificationDelivery;
import io.bellwether.application.port.in.NotificationEvidence;
import io.bellwether.application.port.in.NotificationWebhook;
import io.bellwether.application.port.in.Notifications;
import io.bellwether.application.port.out.WebhookSender;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@link Notifications} over the workspace's store; deliveries through the {@link WebhookSender}, each attempt
 * stored in its own transaction after it was made, never inside a lifecycle step's transaction.
 */
record NotificationService(WorkspaceStore store, AuditChain chain, WebhookSender sender) implements Notifications {
    static final String TEST_DEPLOYMENT = "bellwether-notification-test";

    /** Delivers {@code evidence} to every webhook of its environment; called after the step committed. */
    void announce(NotificationEvidence evidence) {
        if (!sender.sends()) {
            return;
        }
        for (NotificationWebhook webhook : store.read(tx -> tx.notifications().webhooksOf(evidence.environment()))) {
            deliver(webhook, evidence, null);
        }
    }

    @Override
    public List<NotificationWebhook> webhooks() {
        return store.read(tx -> tx.notifications().webhooks());
    }

    @Override
    public NotificationWebhook add(NotificationWebhook webhook, String operator) {
        if (webhook == null) {
            throw new InvalidInputException("notification webhook", null, "is required");
        }
        Checks.name("operator", operator);
        NotificationWebhook[] added = new NotificationWebhook[1];
        chain.configurationChanged(store, operator, "notification_webhook", webhook.environment(),
                "add_notification_webhook", tx -> {
                    added[0] = tx.notifications().add(webhook, operator, chain.now());
                    return Rows.details("webhook", added[0].shown());
                });
        return added[0];
    }

    @Override
    public void remove(long webhookId, String operator) {
        Checks.name("operator", operator);
        NotificationWebhook found = store.read(tx -> tx.notifications().webhook(webhookId))
                .orElseThrow(() -> new NotFoundException("Notification webhook", String.valueOf(webhookId)));
        chain.configurationChanged(store, operator, "notification_webhook", found.environment(),
                "remove_notification_webhook", tx -> {
                    if (!tx.notifications().remove(webhookId)) {
                        throw new NotFoundException("Notification webhook", String.valueOf(webhookId));
                    }
                    return Rows.details("webhook", found.shown());
                });
    }

    @Override
    public List<NotificationDelivery> log(int limit) {
        if (limit < 1) {
            throw new InvalidInputException("limit", limit, "must be at least 1");
        }
        return store.read(tx -> tx.notifications().recent(limit));
    }

    @Override
    public List<NotificationDelivery> failed() {
        return store.read(tx -> tx.notifications().openFailures());
    }

    @Override
    public NotificationDelivery retry(long deliveryId, String operator) {
        Checks.name("operator", operator);
        requireSender();
        NotificationDelivery failed = store.read(tx -> tx.notifications().delivery(deliveryId))
                .orElseThrow(() -> new NotFoundException("Notification delivery", String.valueOf(deliveryId)));
        if (failed.succeeded()) {
            throw new InvalidInputException("delivery " + deliveryId, "delivered", "succeeded; there is nothing to retry");
        }
        NotificationWebhook webhook = store.read(tx -> tx.notifications().webhook(failed.webhookId()))
                .orElseThrow(() -> new NotFoundException("Notification webhook (removed; add it again)",
                        String.valueOf(failed.webhookId())));
        return deliver(webhook, failed.evidence(), deliveryId);
    }

    @Override
    public List<NotificationDelivery> test(String environment, String operator) {
        Checks.name("environment", environment);
        Checks.name("operator", operator);
        requireSender();
        NotificationEvidence evidence = new NotificationEvidence(TEST_DEPLOYMENT, environment, TEST_DEPLOYMENT, "0",
                NotificationEvidence.TEST, "connectivity test", null, null, null, null, null, null, operator,
                chain.now());
        List<NotificationWebhook> webhooks = store.read(tx -> tx.notifications().webhooksOf(environment));
        if (webhooks.isEmpty()) {
            throw new InvalidInputException("environment", environment, "has no notification webhook");
        }
        return webhooks.stream().map(webhook -> deliver(webhook, evidence, null)).toList();
    }

    private NotificationDelivery deliver(NotificationWebhook webhook, NotificationEvidence evidence, Long retryOf) {
        Instant at = chain.now().truncatedTo(ChronoUnit.MICROS);
        long started = System.nanoTime();
        WebhookSender.Outcome outcome;
        try {
            outcome = sender.send(webhook, evidence);
        } catch (RuntimeException e) {
            outcome = new WebhookSender.Outcome(false, null, Duration.ofNanos(System.nanoTime() - started),
                    e.getClass().getSimpleName());
        }
        NotificationDelivery attempt = new NotificationDelivery(0, webhook.id(), webhook.shownUrl(), webhook.format(),
                evidence, at, retryOf, outcome.succeeded(), outcome.httpStatus(), outcome.duration(), outcome.error(),
                false);
        return store.write(tx -> tx.notifications().append(attempt));
    }

    private void requireSender() {
        if (!sender.sends()) {
            throw new IllegalStateException("This workspace was opened record-only: no notification is sent");
        }
    }
}
