package io.bellwether.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.application.port.in.HookHeader;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.in.NotificationDelivery;
import io.bellwether.application.port.in.NotificationEvidence;
import io.bellwether.application.port.in.NotificationFormat;
import io.bellwether.application.port.in.NotificationWebhook;
import io.bellwether.application.port.out.NotificationStore;
import io.bellwether.application.service.Json;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Notification webhooks and deliveries as rows; headers and evidence as JSON. */
record JdbcNotificationStore(Connection connection) implements NotificationStore {
    private static final List<String> WEBHOOK_COLUMNS = List.of("environment", "url", "format", "headers",
            "connect_timeout_ms", "timeout_ms", "changed_by", "changed_at");
    private static final List<String> DELIVERY_COLUMNS = List.of("webhook_id", "target", "format", "deployment_id",
            "environment", "event", "evidence", "attempted_at", "retry_of", "succeeded", "http_status", "duration_ms",
            "error", "retried");

    @Override
    public List<NotificationWebhook> webhooks() {
        return webhooks("ORDER BY environment, id");
    }

    @Override
    public Optional<NotificationWebhook> webhook(long id) {
        return webhooks("WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<NotificationWebhook> webhooksOf(String environment) {
        return webhooks("WHERE environment = ? OR environment = ? ORDER BY id", environment,
                HookSettings.ANY_ENVIRONMENT);
    }

    @Override
    public NotificationWebhook add(NotificationWebhook w, String changedBy, Instant changedAt) {
        return Sql.run("store a notification webhook for " + w.environment(), () -> w.withId(Sql.insert(connection,
                "notification_webhooks", WEBHOOK_COLUMNS, w.environment(), w.url().toString(), w.format().value(),
                Json.write("webhook headers", w.headers().stream().map(h -> Map.of("name", h.name(), "value",
                        h.value(), "secret", h.flaggedSecret())).toList()),
                w.connectTimeout().toMillis(), w.timeout().toMillis(), changedBy, changedAt)));
    }

    @Override
    public boolean remove(long id) {
        return Sql.run("remove notification webhook " + id, () -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM notification_webhooks WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public NotificationDelivery append(NotificationDelivery d) {
        return Sql.run("store a notification delivery", () -> {
            long id = Sql.insert(connection, "notification_deliveries", DELIVERY_COLUMNS, d.webhookId(), d.target(),
                    d.format().value(), d.evidence().deploymentId(), d.evidence().environment(), d.evidence().event(),
                    Json.write("notification evidence", d.evidence().fields()), d.attemptedAt(), d.retryOf(),
                    d.succeeded(), d.httpStatus(), d.duration().toMillis(), d.error(), false);
            if (d.retryOf() != null) {
                try (PreparedStatement retried = connection.prepareStatement(
                        "UPDATE notification_deliveries SET retried = TRUE WHERE id = ?")) {
                    retried.setLong(1, d.retryOf());
                    retried.executeUpdate();
                }
            }
            return d.withId(id);
        });
    }

    @Override
    public Optional<NotificationDelivery> delivery(long id) {
        return deliveries("WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<NotificationDelivery> recent(int limit) {
        return deliveries("ORDER BY id DESC FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY");
    }

    @Override
    public List<NotificationDelivery> openFailures() {
        return deliveries("WHERE NOT succeeded AND NOT retried ORDER BY id DESC");
    }

    private List<NotificationWebhook> webhooks(String where, Object... parameters) {
        return Sql.run("read the notification webhooks", () -> select("SELECT id, " + String.join(", ", WEBHOOK_COLUMNS)
                + " FROM notification_webhooks " + where, parameters, JdbcNotificationStore::webhook));
    }

    private List<NotificationDelivery> deliveries(String where, Object... parameters) {
        return Sql.run("read the notification deliveries", () -> select("SELECT id, "
                + String.join(", ", DELIVERY_COLUMNS) + " FROM notification_deliveries " + where, parameters,
                JdbcNotificationStore::delivery));
    }

    private <T> List<T> select(String sql, Object[] parameters, Sql.Row<T> row) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            return Sql.all(select, row);
        }
    }

    private static NotificationWebhook webhook(ResultSet rows) throws SQLException {
        List<HookHeader> headers = new ArrayList<>();
        Json.read(rows.getString("headers"), JsonNode.class).forEach(h -> headers.add(new HookHeader(
                h.path("name").asText(), h.path("value").asText(), h.path("secret").asBoolean())));
        return new NotificationWebhook(rows.getLong("id"), rows.getString("environment"),
                URI.create(rows.getString("url")), NotificationFormat.fromValue(rows.getString("format")), headers,
                Duration.ofMillis(rows.getLong("connect_timeout_ms")), Duration.ofMillis(rows.getLong("timeout_ms")));
    }

    private static NotificationDelivery delivery(ResultSet rows) throws SQLException {
        long retryOf = rows.getLong("retry_of");
        Long retryOfOrNull = rows.wasNull() ? null : retryOf;
        int status = rows.getInt("http_status");
        Integer statusOrNull = rows.wasNull() ? null : status;
        return new NotificationDelivery(rows.getLong("id"), rows.getLong("webhook_id"), rows.getString("target"),
                NotificationFormat.fromValue(rows.getString("format")),
                NotificationEvidence.fromFields(Json.readMap(rows.getString("evidence"))),
                Sql.getInstant(rows, "attempted_at"), retryOfOrNull, rows.getBoolean("succeeded"), statusOrNull,
                Duration.ofMillis(rows.getLong("duration_ms")), rows.getString("error"), rows.getBoolean("retried"));
    }
}
