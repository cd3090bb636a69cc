package io.bellwether.ui.settings;

import io.bellwether.application.port.in.HookHeader;
import io.bellwether.application.port.in.NotificationDelivery;
import io.bellwether.application.port.in.NotificationFormat;
import io.bellwether.application.port.in.NotificationWebhook;
import io.bellwether.application.port.in.Notifications;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.Command;
import io.bellwether.ui.common.StatusLine;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings' notifications: the webhooks (secret header values and slack paths masked, as the CLI shows them),
 * a form to add one, Remove, and the delivery log whose failed deliveries can be retried. Every read and
 * write runs on the worker; a refused input is shown as its one-line message and nothing changes.
 */
public final class NotificationsViewModel {
    /** A webhook as listed. */
    public record WebhookRow(NotificationWebhook webhook) {
        @Override
        public String toString() {
            NotificationWebhook w = webhook;
            return "#" + w.id() + " " + w.environment() + " · " + w.format().value() + " · " + w.shownUrl()
                    + (w.headers().isEmpty() ? "" : " · " + String.join(", ", w.headers().stream()
                    .map(HookHeader::toString).toList())) + " · timeout " + w.timeout().toMillis() + " ms";
        }
    }

    /** A delivery as listed, newest first: its outcome first, so a narrow list still shows it. */
    public record DeliveryRow(NotificationDelivery delivery) {
        @Override
        public String toString() {
            NotificationDelivery d = delivery;
            String outcome = d.succeeded() ? "delivered (" + d.httpStatus() + ")"
                    : "FAILED" + (d.retried() ? " (retried)" : "") + ": " + d.error();
            return "#" + d.id() + " " + outcome + " · " + d.evidence().event() + " " + d.evidence().deploymentId()
                    + " · " + d.attemptedAt() + " → " + d.target();
        }
    }

    static final int LOG_SIZE = 50;

    private final Notifications notifications;
    private final TaskExecutor executor;
    private final Supplier<String> operator;
    private final ObservableList<WebhookRow> webhooks = FXCollections.observableArrayList();
    private final ObservableList<DeliveryRow> deliveries = FXCollections.observableArrayList();
    private final ObjectProperty<WebhookRow> selectedWebhook = new SimpleObjectProperty<>(this, "selectedWebhook");
    private final ObjectProperty<DeliveryRow> selectedDelivery = new SimpleObjectProperty<>(this, "selectedDelivery");
    private final WebhookForm form = WebhookForm.empty();
    private final StatusLine status = new StatusLine();
    private final ReadOnlyStringWrapper failures = new ReadOnlyStringWrapper(this, "failures", "");
    private final Command add;
    private final Command remove;
    private final Command retry;

    public NotificationsViewModel(Notifications notifications, TaskExecutor executor, Supplier<String> operator) {
        this.notifications = notifications;
        this.executor = executor;
        this.operator = operator;
        add = new Command("Add webhook", Bindings.createBooleanBinding(() -> !form.url().get().isBlank(), form.url()), executor,
                this::add);
        remove = new Command("Remove", selectedWebhook.isNotNull(), executor, worker -> worker.run(() -> {
            notifications.remove(selectedWebhook.get().webhook().id(), operator.get());
            return null;
        }, done -> done("Removed the webhook."), this::failed));
        retry = new Command("Retry", Bindings.createBooleanBinding(() -> selectedDelivery.get() != null
                && selectedDelivery.get().delivery().openFailure(), selectedDelivery), executor,
                worker -> worker.run(() -> notifications.retry(selectedDelivery.get().delivery().id(), operator.get()),
                        attempt -> done(attempt.succeeded() ? "Delivered on retry."
                                : "The retry failed too: " + attempt.error()), this::failed));
    }

    private record Loaded(List<NotificationWebhook> webhooks, List<NotificationDelivery> log) {
    }

    /** Reads the webhooks and the newest deliveries on the worker. */
    public void load() {
        executor.run(() -> new Loaded(notifications.webhooks(), notifications.log(LOG_SIZE)), loaded -> {
            webhooks.setAll(loaded.webhooks().stream().map(WebhookRow::new).toList());
            deliveries.setAll(loaded.log().stream().map(DeliveryRow::new).toList());
            long open = loaded.log().stream().filter(NotificationDelivery::openFailure).count();
            failures.set(open == 0 ? "" : open + " failed " + (open == 1 ? "delivery" : "deliveries")
                    + " not retried yet.");
        }, this::failed);
    }

    private void add(TaskExecutor worker) {
        NotificationWebhook webhook;
        try {
            webhook = new NotificationWebhook(0, form.environment().get().strip(), URI.create(form.url().get().strip()), form.format().get(),
                    headers(), null, null);
        } catch (RuntimeException refused) {
            failed(refused);
            return;
        }
        worker.run(() -> notifications.add(webhook, operator.get()), added -> {
            form.clearTyped();
            done("Added webhook #" + added.id() + " for " + added.environment() + ".");
        }, this::failed);
    }

    private List<HookHeader> headers() {
        String text = form.header().get().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("Header must be 'NAME: VALUE'");
        }
        return List.of(new HookHeader(text.substring(0, colon).strip(), text.substring(colon + 1).strip(), false));
    }

    private void done(String text) {
        status.say(text);
        load();
    }

    private void failed(Throwable failure) {
        status.sayFailure(failure);
    }

    public ObservableList<WebhookRow> webhooks() {
        return FXCollections.unmodifiableObservableList(webhooks);
    }

    public ObservableList<DeliveryRow> deliveries() {
        return FXCollections.unmodifiableObservableList(deliveries);
    }

    public ObjectProperty<WebhookRow> selectedWebhookProperty() {
        return selectedWebhook;
    }

    public ObjectProperty<DeliveryRow> selectedDeliveryProperty() {
        return selectedDelivery;
    }

    /** The fields of the next webhook to add. */
    public WebhookForm form() {
        return form;
    }

    /** What the last action did or why it was refused. */
    public StatusLine status() {
        return status;
    }

    /** How many failed deliveries wait for a retry; empty when none. */
    public ReadOnlyStringProperty failuresProperty() {
        return failures.getReadOnlyProperty();
    }

    public Command addCommand() {
        return add;
    }

    public Command removeCommand() {
        return remove;
    }

    /** Executable for a failed delivery nobody retried yet. */
    public Command retryCommand() {
        return retry;
    }
}
