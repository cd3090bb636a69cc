package io.bellwether.cli.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.application.service.Json;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.WorkspaceCli;
import io.bellwether.notify.WebhookReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code bellwether notifications} against a real HTTP server on 127.0.0.1: secrets masked, exit codes documented. */
@Timeout(120)
class NotificationsCommandTest {
    static final String TOKEN = "tok-9f3a11c27e";

    @TempDir
    Path dir;
    WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    WorkspaceCli.Run run(String... args) {
        return new WorkspaceCli(dir).run(args);
    }

    @Test
    void addListTestAndLogNeverShowTheSecretAndAFailedTestExitsFive() throws Exception {
        WorkspaceCli.Run added = run("notifications", "add", "--environment", "production", "--url",
                receiver.url("/hook").toString(), "--format", "json", "--header", "Authorization: Bearer " + TOKEN,
                "--operator", "sre");
        assertThat(added.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(added.out()).contains("\"Authorization\":\"***\"").doesNotContain(TOKEN);
        String list = run("notifications", "list").out();
        assertThat(Json.read(list, JsonNode.class).get(0).path("url").asText()).isEqualTo(receiver.url("/hook").toString());
        assertThat(list).doesNotContain(TOKEN);

        WorkspaceCli.Run ok = run("notifications", "test", "--environment", "production");
        assertThat(ok.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(receiver.received()).singleElement().satisfies(r -> {
            assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(r.body().path("event").asText()).isEqualTo("test");
        });

        receiver.answering(401, "bad credentials Bearer " + TOKEN);
        WorkspaceCli.Run refused = run("notifications", "test", "--environment", "production");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.HOOK_FAILED);
        assertThat(refused.out()).contains("HTTP 401").doesNotContain(TOKEN);

        String log = run("notifications", "log").out();
        JsonNode entries = Json.read(log, JsonNode.class);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).path("succeeded").asBoolean()).isFalse();
        assertThat(log).doesNotContain(TOKEN);
        String failed = run("notifications", "log", "--failed").out();
        long failedId = Json.read(failed, JsonNode.class).get(0).path("id").asLong();

        WorkspaceCli.Run again = run("notifications", "retry", String.valueOf(failedId));
        assertThat(again.exitCode()).isEqualTo(ExitCodes.HOOK_FAILED);
        receiver.answering(200, "ok");
        long secondFailure = Json.read(again.out(), JsonNode.class).path("id").asLong();
        WorkspaceCli.Run delivered = run("notifications", "retry", String.valueOf(secondFailure));
        assertThat(delivered.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Json.read(run("notifications", "log", "--failed").out(), JsonNode.class)).isEmpty();

        run("audit", "export", "--format", "json", "--out", dir.resolve("audit.json").toString());
        assertThat(Files.readString(dir.resolve("audit.json"))).contains("add_notification_webhook")
                .doesNotContain(TOKEN);
        assertThat(new WorkspaceCli(dir).rows("SELECT error FROM notification_deliveries")).contains("HTTP 401")
                .doesNotContain(TOKEN);
    }

    @Test
    void badInputExitsTwoAndStoresNothing() throws Exception {
        assertThat(run("notifications", "add", "--environment", "production", "--url", "ftp://x/y", "--format", "json")
                .exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("notifications", "add", "--environment", "production", "--url", "http://127.0.0.1/h",
                "--format", "teams").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("notifications", "add", "--environment", "production", "--url", "http://127.0.0.1/h",
                "--format", "json", "--header", "no colon").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("notifications", "retry", "42").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("notifications", "remove", "42").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("notifications", "test", "--environment", "production").exitCode())
                .as("no webhook").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(new WorkspaceCli(dir).rows("SELECT COUNT(*) FROM notification_webhooks")).isEqualTo("0|\n");

        run("notifications", "add", "--environment", "*", "--url", "http://127.0.0.1:9/h", "--format", "slack");
        WorkspaceCli.Run removed = run("notifications", "remove", "1");
        assertThat(removed.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(removed.out()).contains("Removed notification webhook 1");
    }
}
