package io.bellwether.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsCredentials;
import io.bellwether.application.port.out.MetricsBindingStore;
import io.bellwether.application.service.Json;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Each deployment's metrics binding as one row; its fields as JSON, as {@link MetricsBinding#shown()} (credentials as references). */
record JdbcMetricsBindingStore(Connection connection) implements MetricsBindingStore {
    @Override
    public Optional<MetricsBinding> find(String deploymentId) {
        return select("read the metrics binding of " + deploymentId, "WHERE deployment_id = ?", deploymentId)
                .stream().findFirst();
    }

    @Override
    public List<MetricsBinding> all() {
        return select("read the metrics bindings", "ORDER BY deployment_id", null);
    }

    @Override
    public void put(MetricsBinding binding, String changedBy, Instant changedAt) {
        Sql.run("store the metrics binding of " + binding.deploymentId(), () -> {
            return Sql.upsert(connection, "metrics_bindings", "deployment_id",
                    List.of("binding", "changed_by", "changed_at"), binding.deploymentId(),
                    Json.write("metrics binding", binding.shown()), changedBy, changedAt);
        });
    }

    @Override
    public boolean delete(String deploymentId) {
        return Sql.run("remove the metrics binding of " + deploymentId, () -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM metrics_bindings WHERE deployment_id = ?")) {
                delete.setString(1, deploymentId);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private List<MetricsBinding> select(String doing, String where, String parameter) {
        return Sql.run(doing, () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT deployment_id, binding FROM metrics_bindings " + where)) {
                if (parameter != null) {
                    select.setString(1, parameter);
                }
                return Sql.all(select, JdbcMetricsBindingStore::binding);
            }
        });
    }

    private static MetricsBinding binding(ResultSet rows) throws SQLException {
        JsonNode json = Json.read(rows.getString("binding"), JsonNode.class);
        JsonNode c = json.path("credentials");
        MetricsCredentials credentials = new MetricsCredentials(MetricsCredentials.Kind.valueOf(
                c.path("kind").asText("none").toUpperCase(Locale.ROOT)), text(c, "token"), text(c, "username"),
                text(c, "password"));
        Map<String, String> templates = new LinkedHashMap<>();
        json.path("templates").fields().forEachRemaining(e -> templates.put(e.getKey(), e.getValue().asText()));
        return new MetricsBinding(rows.getString("deployment_id"), URI.create(json.path("base_url").asText()),
                credentials, templates, text(json, "window"), text(json, "baseline_version"),
                Duration.ofMillis(json.path("timeout_ms").asLong()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
