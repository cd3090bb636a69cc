package io.bellwether.store;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.NotificationFormat;
import io.bellwether.application.port.in.NotificationWebhook;
import io.bellwether.application.port.in.Workspace;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** A workspace of the V8 schema, with traffic-hook settings in it, opens on V9 with its data and no webhook. */
class NotificationsMigrationTest {
    @TempDir
    Path folder;

    @Test
    void aV8WorkspaceGainsTheNotificationTablesAndKeepsItsSettings() throws Exception {
        Path database = folder.resolve("v8");
        Flyway.configure().dataSource(DatabaseFile.of(database).jdbcUrl(), "", "").locations("classpath:db/migration")
                .javaMigrations(new V7__ShadowSegments(), new V8__DisagreementIndex()).target("8").load().migrate();
        try (Connection connection = DriverManager.getConnection(DatabaseFile.of(database).jdbcUrl())) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "NOTIFICATION_WEBHOOKS", null)) {
                assertThat(tables.next()).as("not there before V9").isFalse();
            }
            connection.createStatement().executeUpdate("INSERT INTO traffic_hook_settings (environment, adapter,"
                    + " settings, changed_by, changed_at) VALUES ('production', 'command', '{\"command\": [\"true\"],"
                    + " \"headers\": [], \"connect_timeout_ms\": 5000, \"timeout_ms\": 30000}', 'sre',"
                    + " TIMESTAMP WITH TIME ZONE '2026-03-01 00:00:00+00')");
        }
        try (Workspace v9 = Bellwether.openRecordOnly(database)) {
            assertThat(v9.trafficHooks().effective("production").command()).containsExactly("true");
            assertThat(v9.notifications().webhooks()).isEmpty();
            assertThat(v9.notifications().failed()).isEmpty();
            v9.notifications().add(new NotificationWebhook(0, "production", URI.create("http://127.0.0.1:9/h"),
                    NotificationFormat.JSON, List.of(), null, null), "sre");
            assertThat(v9.notifications().webhooks()).extracting(NotificationWebhook::environment)
                    .containsExactly("production");
        }
        try (Connection connection = DriverManager.getConnection(DatabaseFile.of(database).jdbcUrl());
             ResultSet version = connection.createStatement().executeQuery(
                     "SELECT MAX(\"installed_rank\"), MAX(\"version\") FROM \"flyway_schema_history\"")) {
            version.next();
            assertThat(version.getString(2)).isEqualTo("9");
        }
    }
}
