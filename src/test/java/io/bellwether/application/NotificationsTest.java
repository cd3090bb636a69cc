package io.bellwether.application;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.Bellwether;
import io.bellwether.application.port.in.HookHeader;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsCredentials;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.NotificationDelivery;
import io.bellwether.application.port.in.NotificationFormat;
import io.bellwether.application.port.in.NotificationWebhook;
import io.bellwether.application.service.Json;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventType;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.notify.WebhookReceiver;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rollbacks, pauses, inconclusive canaries and completions posted to a real HTTP server on 127.0.0.1, in both
 * formats with the same evidence record; failed deliveries stored and retried.
 */
@Timeout(120)
class NotificationsTest extends ProgressiveTestBase {
    static final List<String> EVIDENCE = List.of("deployment_id", "environment", "model", "version", "event", "reason",
            "rule", "measured", "threshold", "baseline", "window", "query", "actor", "time");
    static final PerformanceMetrics ERRORS = new PerformanceMetrics(0.036, 0.051, 0.076, 0.02, 80.0);
    static final String TOKEN = "s3cr3t-notify-token";
    WebhookReceiver receiver;

    @Override
    @BeforeEach
    void openWorkspace() {
        if (location == null) {
            location = newWorkspaceLocation();
        }
        workspace = Bellwether.open(location, clock);
        service = workspace;
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    NotificationWebhook webhook(String environment, URI url, NotificationFormat format, Duration timeout) {
        return service.notifications().add(new NotificationWebhook(0, environment, url, format,
                List.of(new HookHeader("Authorization", "Bearer " + TOKEN, false)), Duration.ofSeconds(2), timeout),
                "sre");
    }

    String boundCanary(Map<String, Object> progression) {
        String id = started(progressive(progression));
        service.metricsBindings().set(new MetricsBinding(id, URI.create("http://127.0.0.1:9"), MetricsCredentials.NONE,
                MetricsPresets.histogram("serve"), "2m", null, Duration.ofSeconds(3)), "sre");
        return id;
    }

    /** The evidence of the generic body, and the same record read back from the Slack attachment's fields. */
    static Map<String, String> slackFields(JsonNode body) {
        Map<String, String> fields = new LinkedHashMap<>();
        body.path("attachments").get(0).path("fields").forEach(f -> fields.put(f.path("title").asText(),
                f.path("value").asText()));
        return fields;
    }

    @Test
    void anAutomatedRollbackIsPostedToTheEnvironmentsWebhooksInBothFormatsWithEveryEvidenceField() {
        webhook("production", receiver.url("/json"), NotificationFormat.JSON, null);
        webhook("*", receiver.url("/slack/T0/B0/key"), NotificationFormat.SLACK, null);
        webhook("staging", receiver.url("/staging"), NotificationFormat.JSON, null);
        String id = boundCanary(Map.of());
        tick();
        feed().measured(id, ERRORS, 5000);

        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(receiver.received()).extracting(WebhookReceiver.Received::path)
                .containsExactly("/json", "/slack/T0/B0/key");
        JsonNode json = receiver.received().get(0).body();
        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(EVIDENCE);
        assertThat(json.path("deployment_id").asText()).isEqualTo(id);
        assertThat(json.path("environment").asText()).isEqualTo("production");
        assertThat(json.path("version").asText()).isEqualTo("v3.0.0");
        assertThat(json.path("event").asText()).isEqualTo("rollback");
        assertThat(json.path("rule").asText()).isEqualTo("error_rate_threshold");
        assertThat(json.path("measured").asDouble()).isEqualTo(0.02);
        assertThat(json.path("threshold").asDouble()).isEqualTo(0.01);
        assertThat(json.path("window").asText()).isEqualTo("2m");
        assertThat(json.path("query").asText()).contains("serve_errors_total").contains("[2m]").contains("v3.0.0");
        assertThat(json.path("actor").asText()).isEqualTo("automated");
        assertThat(json.path("time").asText()).isEqualTo(clock.instant().toString());
        assertThat(receiver.received().get(0).authorization()).isEqualTo("Bearer " + TOKEN);

        JsonNode slack = receiver.received().get(1).body();
        assertThat(slack.path("text").asText()).contains(id).contains("rollback").contains("error_rate_threshold");
        Map<String, String> fields = slackFields(slack);
        assertThat(fields.keySet()).containsExactlyInAnyOrderElementsOf(EVIDENCE);
        json.fields().forEachRemaining(f -> assertThat(fields.get(f.getKey()))
                .isEqualTo(f.getValue().isNull() ? "-" : f.getValue().asText()));

        List<NotificationDelivery> log = service.notifications().log(10);
        assertThat(log).hasSize(2).allSatisfy(d -> assertThat(d.succeeded()).isTrue());
        assertThat(log.get(0).target()).isEqualTo(receiver.url("").toString() + "/***");
        assertThat(service.notifications().failed()).isEmpty();
    }

    @Test
    void anEmergencyRollbackNamesTheOperatorAndItsReason() {
        webhook("production", receiver.url("/json"), NotificationFormat.JSON, null);
        String id = boundCanary(Map.of());
        tick();
        service.lifecycle().emergencyRollback(id, "EMERGENCY: fraud spike", "oncall@company.com");

        JsonNode json = receiver.received().get(0).body();
        assertThat(json.path("event").asText()).isEqualTo("rollback");
        assertThat(json.path("actor").asText()).isEqualTo("oncall@company.com");
        assertThat(json.path("reason").asText()).isEqualTo("EMERGENCY: fraud spike");
        assertThat(json.path("rule").isNull()).isTrue();
        assertThat(json.path("query").asText()).contains("serve_errors_total");
    }

    @Test
    void aPauseRuleAndAnInconclusiveCanaryAreEachNotifiedOnce() {
        webhook("production", receiver.url("/json"), NotificationFormat.JSON, null);
        String held = started(progressive(Map.of("rule_modes", Map.of("custom:conversion", "pause")))
                .rollbackConfig(RuleModesTest.WITH_CONVERSION));
        PerformanceMetrics low = new PerformanceMetrics(0.036, 0.051, 0.076, 0.001, 80.0, Map.of("conversion", 0.01));
        tick();
        feed().judged(held, low, 5000);
        tick();
        feed().judged(held, low, 5000);

        assertThat(receiver.received()).as("held once, notified once").hasSize(1);
        JsonNode pause = receiver.received().get(0).body();
        assertThat(pause.path("event").asText()).isEqualTo("paused");
        assertThat(pause.path("rule").asText()).isEqualTo("custom:conversion");
        assertThat(pause.path("measured").asDouble()).isEqualTo(0.01);
        assertThat(pause.path("threshold").asDouble()).isEqualTo(0.03);
        assertThat(pause.path("reason").asText()).contains("conversion 0.01 is below bound 0.03");
        assertThat(pause.path("window").isNull()).as("not bound").isTrue();

        String unsure = started(progressive(Map.of("automatic", true)));
        for (int i = 0; i < 3; i++) {
            tick();
            feed().missing(unsure, "no series");
        }
        service.lifecycle().progress(unsure);
        service.lifecycle().progress(unsure);

        assertThat(receiver.received()).hasSize(2);
        JsonNode inconclusive = receiver.received().get(1).body();
        assertThat(inconclusive.path("event").asText()).isEqualTo("inconclusive");
        assertThat(inconclusive.path("deployment_id").asText()).isEqualTo(unsure);
        assertThat(inconclusive.path("reason").asText()).contains("3 consecutive UNKNOWN checks");
        assertThat(inconclusive.path("actor").asText()).isEqualTo("automated");
    }

    @Test
    void aCompletionIsNotified() {
        webhook("production", receiver.url("/slack"), NotificationFormat.SLACK, null);
        String id = boundCanary(Map.of());
        tick();
        service.lifecycle().completeDeployment(id, "release@company.com");

        Map<String, String> fields = slackFields(receiver.received().get(0).body());
        assertThat(fields).containsEntry("event", "completed").containsEntry("deployment_id", id)
                .containsEntry("actor", "release@company.com").containsEntry("window", "2m")
                .containsEntry("rule", "-");
        assertThat(receiver.received().get(0).userAgent()).isEqualTo("bellwether-notification");
    }

    @Test
    void aRefusedConnectionAndA500AreStoredAsFailedWithoutUndoingTheRollbackAndARetryDeliversThem() {
        int closed = WebhookReceiver.closedPort();
        webhook("production", URI.create("http://127.0.0.1:" + closed + "/down"), NotificationFormat.JSON, null);
        webhook("production", receiver.url("/broken"), NotificationFormat.JSON, null);
        receiver.answering(500, "upstream exploded; token=" + TOKEN);
        String id = boundCanary(Map.of());
        tick();
        service.lifecycle().rollbackDeployment(id, "latency", "op");

        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        List<NotificationDelivery> failed = service.notifications().failed();
        assertThat(failed).hasSize(2).allSatisfy(d -> assertThat(d.succeeded()).isFalse());
        NotificationDelivery refused = failed.get(1);
        NotificationDelivery error = failed.get(0);
        assertThat(refused.error()).isEqualTo("connection refused by 127.0.0.1:" + closed);
        assertThat(refused.httpStatus()).isNull();
        assertThat(error.httpStatus()).isEqualTo(500);
        assertThat(error.error()).contains("HTTP 500").contains("upstream exploded").doesNotContain(TOKEN);

        receiver.answering(200, "ok");
        NotificationDelivery retried = service.notifications().retry(error.id(), "op");
        assertThat(retried.succeeded()).isTrue();
        assertThat(retried.retryOf()).isEqualTo(error.id());
        try (WebhookReceiver late = WebhookReceiver.startOn(closed)) {
            assertThat(service.notifications().retry(refused.id(), "op").succeeded()).isTrue();
            JsonNode resent = late.received().get(0).body();
            assertThat(resent).isEqualTo(receiver.received().get(0).body());
            assertThat(resent.path("reason").asText()).isEqualTo("latency");
        }
        assertThat(service.notifications().failed()).isEmpty();
        assertThat(service.notifications().log(10)).hasSize(4);
    }

    @Test
    void aSlowWebhookIsCutOffAtItsTimeoutAndTheStepStillCommits() {
        webhook("production", receiver.url("/slow"), NotificationFormat.JSON, Duration.ofMillis(300));
        receiver.delaying(5_000);
        String id = boundCanary(Map.of());
        tick();
        long started = System.nanoTime();
        service.lifecycle().rollbackDeployment(id, "latency", "op");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(4));
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(service.notifications().failed()).singleElement()
                .satisfies(d -> assertThat(d.error()).isEqualTo("no answer within 300 ms"));
    }

    @Test
    void addingAndRemovingAWebhookIsAuditedWithTheSecretMasked() {
        NotificationWebhook added = webhook("production", receiver.url("/json?token=" + TOKEN), NotificationFormat.JSON,
                null);
        service.notifications().remove(added.id(), "sre");

        assertThat(eventsOf(EventType.CONFIGURATION_CHANGED)).extracting(e -> e.action())
                .containsExactly("add_notification_webhook", "remove_notification_webhook");
        String audited = Json.write("events", eventsOf(EventType.CONFIGURATION_CHANGED).stream()
                .map(e -> e.details()).toList());
        assertThat(audited).doesNotContain(TOKEN).contains("\"Authorization\":\"***\"");
        assertThat(added.shown().toString()).doesNotContain(TOKEN);
        assertThat(service.notifications().webhooks()).isEmpty();
    }
}
