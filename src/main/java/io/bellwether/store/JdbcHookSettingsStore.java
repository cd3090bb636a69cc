package io.bellwether.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookHeader;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.out.HookSettingsStore;
import io.bellwether.application.service.Json;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each environment's hook settings as one row; the adapter's fields as JSON. */
record JdbcHookSettingsStore(Connection connection) implements HookSettingsStore {
    @Override
    public List<HookSettings> all() {
        return select("read the traffic hook settings", "ORDER BY environment", null);
    }

    @Override
    public Optional<HookSettings> find(String environment) {
        return select("read the traffic hook settings of " + environment, "WHERE environment = ?", environment)
                .stream().findFirst();
    }

    @Override
    public void put(HookSettings settings, String changedBy, Instant changedAt) {
        Sql.run("store the traffic hook settings of " + settings.environment(), () -> {
            return Sql.upsert(connection, "traffic_hook_settings", "environment",
                    List.of("adapter", "settings", "changed_by", "changed_at"), settings.environment(),
                    settings.adapter().value(), Json.write("hook settings", fields(settings)), changedBy, changedAt);
        });
    }

    private List<HookSettings> select(String doing, String where, String parameter) {
        return Sql.run(doing, () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT environment, adapter, settings FROM traffic_hook_settings " + where)) {
                if (parameter != null) {
                    select.setString(1, parameter);
                }
                return Sql.all(select, JdbcHookSettingsStore::settings);
            }
        });
    }

    private static Map<String, Object> fields(HookSettings s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("command", s.command());
        fields.put("url", s.url() == null ? null : s.url().toString());
        fields.put("headers", s.headers().stream().map(h -> Map.of("name", h.name(), "value", h.value(),
                "secret", h.flaggedSecret())).toList());
        fields.put("connect_timeout_ms", s.connectTimeout().toMillis());
        fields.put("timeout_ms", s.timeout().toMillis());
        return fields;
    }

    private static HookSettings settings(ResultSet rows) throws SQLException {
        JsonNode json = Json.read(rows.getString("settings"), JsonNode.class);
        List<String> command = new ArrayList<>();
        json.path("command").forEach(argument -> command.add(argument.asText()));
        List<HookHeader> headers = new ArrayList<>();
        json.path("headers").forEach(h -> headers.add(new HookHeader(h.path("name").asText(),
                h.path("value").asText(), h.path("secret").asBoolean())));
        JsonNode url = json.path("url");
        return new HookSettings(rows.getString("environment"), HookAdapter.fromValue(rows.getString("adapter")),
                command, url.isTextual() ? URI.create(url.asText()) : null, headers,
                Duration.ofMillis(json.path("connect_timeout_ms").asLong()),
                Duration.ofMillis(json.path("timeout_ms").asLong()));
    }
}
