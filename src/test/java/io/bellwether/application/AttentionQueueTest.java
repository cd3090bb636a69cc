package io.bellwether.application;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AttentionQueue.Item;
import io.bellwether.application.port.in.AttentionQueue.Kind;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.TrafficHookException;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.PerformanceMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** "Needs a human" over a real workspace (with its traffic hooks), on a clock the test moves. */
class AttentionQueueTest extends ProgressiveTestBase {
    static final PerformanceMetrics ERRORS = new PerformanceMetrics(0.036, 0.051, 0.076, 0.02, 80.0);

    @BeforeEach
    void withTrafficHooks() {
        workspace.close();
        workspace = Bellwether.open(location, clock);
        service = workspace;
    }

    void bind(String id) {
        workspace.metricsBindings().set(new MetricsBinding(id, UnreachablePrometheus.url(), null,
                MetricsPresets.histogram("m"), "5m", null, Duration.ofSeconds(2)), "sre");
    }

    @Test
    void everyKindIsListedNewestFirstWithItsNumbersAndAge() {
        String neverSampled = started(progressive(Map.of()));
        Instant neverSampledStart = clock.instant();
        bind(neverSampled);
        String fresh = started(progressive(Map.of()));
        bind(fresh);

        String held = started(progressive(Map.of()));
        clock.advance(Duration.ofMinutes(1));
        service.lifecycle().setCanaryStage(held, 1, 0.5, "alice");
        tick();
        service.lifecycle().setCanaryPaused(held, true, "alice");
        Instant heldAt = clock.instant();

        String ruled = started(progressive(Map.of("rule_modes", Map.of("error_rate_threshold", "pause",
                "error_rate_increase", "pause"))));
        tick();
        feed().measured(ruled, ERRORS, 5000);
        Instant ruledAt = clock.instant();

        String inconclusive = started(progressive(Map.of()));
        for (int i = 0; i < 3; i++) {
            tick();
            feed().missing(inconclusive, "no series");
        }
        Instant lastUnknown = clock.instant();
        clock.advance(Duration.ofSeconds(5));
        assertThat(service.lifecycle().progress(inconclusive)).hasSize(1);
        Instant inconclusiveAt = clock.instant();

        service.registry().registerModel("churn_model", "v1.2.0", "./v1.2.0.pt", "pytorch", "ds@company.com",
                Map.of("accuracy", 0.91));
        clock.advance(Duration.ofMinutes(2));
        service.registry().requestPromotion("churn_model", "v1.2.0", ModelStage.PRODUCTION, "ml@company.com",
                "Beats v1.1 on recall\nand latency");
        Instant requestedAt = clock.instant();

        workspace.trafficHooks().set(HookSettings.command("staging", List.of("/bin/false"), Duration.ofSeconds(5)),
                "admin");
        tick();
        String hooked = service.lifecycle().createDeployment(canaryRequest().environment("staging").build())
                .deploymentId();
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> service.lifecycle().startDeployment(hooked, "bob"))
                .isInstanceOf(TrafficHookException.class);
        Instant firstFailure = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> service.lifecycle().startDeployment(hooked, "bob"))
                .isInstanceOf(TrafficHookException.class);
        Instant lastFailure = clock.instant();

        String failing = started(progressive(Map.of()));
        bind(failing);
        clock.advance(Duration.ofMinutes(1));
        workspace.metricsWatcher().round(clock.instant(), failing, Duration.ofMinutes(1), "automated");
        Instant failedRead = clock.instant();
        feed().measured(fresh, GOOD, 5000);
        Instant now = clock.instant().plus(Duration.ofMinutes(2));

        List<Item> items = service.attention().waiting(now);

        assertThat(items).extracting(Item::kind, Item::target, Item::deploymentId, Item::environment, Item::since)
                .containsExactly(
                        tuple(Kind.STALE_METRICS, failing, failing, "production", failedRead),
                        tuple(Kind.FAILED_HOOK, hooked, hooked, "staging", firstFailure),
                        tuple(Kind.PENDING_PROMOTION, "churn_model:v1.2.0", null, null, requestedAt),
                        tuple(Kind.INCONCLUSIVE_RUN, inconclusive, inconclusive, "production", inconclusiveAt),
                        tuple(Kind.PAUSED_CANARY, ruled, ruled, "production", ruledAt),
                        tuple(Kind.PAUSED_CANARY, held, held, "production", heldAt),
                        tuple(Kind.STALE_METRICS, neverSampled, neverSampled, "production", neverSampledStart));
        assertThat(items.get(0).reason()).as("refused or timed out, the first metric without its query")
                .startsWith("last Prometheus read failed at " + failedRead + ": error_rate: ")
                .doesNotContain("query `").endsWith("(and 5 more metrics)");
        assertThat(items.get(1).reason()).startsWith("start hook failed 2 times, last at " + lastFailure
                + ": command /bin/false: exit code 1 after ");
        assertThat(items.get(2).reason()).isEqualTo(
                "development \u2192 production requested by ml@company.com: Beats v1.1 on recall and latency");
        assertThat(items.get(3).reason()).isEqualTo("paused: 3 consecutive UNKNOWN checks (limit 3), last at "
                + lastUnknown);
        assertThat(items.get(4).reason()).isEqualTo("paused by a pause rule: Error rate 2.00% exceeds threshold"
                + " 1.00%; Error rate increased by 1900.00% from baseline");
        assertThat(items.get(5).reason()).isEqualTo("paused by alice at stage 2");
        assertThat(items.get(6).reason()).isEqualTo("no sample since the start at " + neverSampledStart
                + " (checks every 60 s; stale after 180 s)");
        assertThat(items).extracting(item -> item.ageText(now)).containsExactly("2 min", "4 min", "5 min",
                "7 min", "7 min", "7 min", "8 min");
        assertThat(items.get(1).age(now)).isEqualTo(Duration.between(firstFailure, now));
    }

    @Test
    void aRunOfFailedReadsLongerThanOneReadOfTheHistoryIsCountedWhole() {
        String id = started(progressive(Map.of()));
        bind(id);
        healthyChecks(id, 2);
        tick();
        feed().missing(id, "error_rate: could not reach the server");
        Instant firstFailure = clock.instant();
        for (int i = 1; i < 150; i++) {
            tick();
            feed().missing(id, "error_rate: could not reach the server");
        }
        Instant lastFailure = clock.instant();

        Item stale = service.attention().waiting(clock.instant()).stream()
                .filter(item -> item.kind() == Kind.STALE_METRICS).findFirst().orElseThrow();

        assertThat(stale.reason()).isEqualTo("last Prometheus read failed (150 in a row) at " + lastFailure
                + ": error_rate: could not reach the server");
        assertThat(stale.since()).isEqualTo(firstFailure);
    }

    @Test
    void aResumedCanaryASucceededHookAndAFreshSampleLeaveTheQueue() {
        String held = started(progressive(Map.of()));
        bind(held);
        tick();
        service.lifecycle().setCanaryPaused(held, true, "alice");
        Instant sampled = clock.instant().plus(Duration.ofMinutes(4));
        clock.advance(Duration.ofMinutes(4));
        assertThat(service.attention().waiting(clock.instant())).extracting(Item::kind)
                .containsExactlyInAnyOrder(Kind.PAUSED_CANARY, Kind.STALE_METRICS);

        service.lifecycle().setCanaryPaused(held, false, "alice");
        feed().measured(held, GOOD, 5000);
        assertThat(service.attention().waiting(sampled)).isEmpty();
        assertThat(service.attention().waiting(sampled.plus(Duration.ofSeconds(180)))).as("3 intervals, not more")
                .isEmpty();
        assertThat(service.attention().waiting(sampled.plus(Duration.ofSeconds(181)))).singleElement()
                .satisfies(item -> assertThat(item.reason()).isEqualTo("last sample at " + sampled
                        + ", 3 min ago (checks every 60 s; stale after 180 s)"));
    }

    @Test
    void aHookThatSucceedsAfterFailingNeedsNobody() {
        workspace.trafficHooks().set(HookSettings.command("production", List.of("/bin/false"),
                Duration.ofSeconds(5)), "admin");
        String id = create().deploymentId();
        assertThatThrownBy(() -> service.lifecycle().startDeployment(id, "bob"))
                .isInstanceOf(TrafficHookException.class);
        assertThat(service.attention().waiting(clock.instant())).extracting(Item::kind).containsExactly(Kind.FAILED_HOOK);

        workspace.trafficHooks().set(HookSettings.command("production", List.of("/bin/true"),
                Duration.ofSeconds(5)), "admin");
        tick();
        service.lifecycle().startDeployment(id, "bob");
        assertThat(service.attention().waiting(clock.instant())).isEmpty();
    }

    @Test
    void anEmptyWorkspaceWaitsForNobodyAndNowIsRequired() {
        assertThat(service.attention().waiting(clock.instant())).isEmpty();
        assertThatThrownBy(() -> service.attention().waiting(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("now");
    }

    @Test
    void aFailedNotificationWaitsUntilItIsRetried() {
        int closed = io.bellwether.notify.WebhookReceiver.closedPort();
        service.notifications().add(new io.bellwether.application.port.in.NotificationWebhook(0, "*",
                java.net.URI.create("http://127.0.0.1:" + closed + "/down"),
                io.bellwether.application.port.in.NotificationFormat.JSON, List.of(), Duration.ofSeconds(2), null), "sre");
        String id = started(progressive(Map.of()));
        tick();
        service.lifecycle().rollbackDeployment(id, "latency", "op");
        Instant failedAt = clock.instant();
        clock.advance(Duration.ofMinutes(4));

        assertThat(service.attention().waiting(clock.instant())).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Kind.FAILED_NOTIFICATION);
            assertThat(item.deploymentId()).isEqualTo(id);
            assertThat(item.reason()).startsWith("rollback notification ")
                    .contains("failed: connection refused by 127.0.0.1:" + closed);
            assertThat(item.since()).isEqualTo(failedAt);
            assertThat(item.age(clock.instant())).isEqualTo(Duration.ofMinutes(4));
        });
    }
}
