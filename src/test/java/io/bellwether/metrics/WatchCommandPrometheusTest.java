package io.bellwether.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.Bellwether;
import io.bellwether.application.TestClock;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.service.Json;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.WorkspaceCli;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.RollbackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code metrics bind} + {@code watch --once} on the command line against a real Prometheus serving backfilled
 * canaries whose traffic ends a few minutes from now (watch queries at the wall clock): a latency regression is
 * rolled back (exit 3), a healthy canary is not (exit 0), and {@code metrics test} prints each metric's value.
 */
class WatchCommandPrometheusTest {
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final Instant DATA_FROM = NOW.minus(Duration.ofMinutes(40));
    static final Instant DATA_TO = NOW.plus(Duration.ofMinutes(15));
    static final Instant STARTED = NOW.minus(Duration.ofMinutes(30));
    static final CanaryTraffic HEALTHY = CanaryTraffic.steady("healthy_model", "v2.0.0", CanaryTraffic.NORMAL, 0.002);
    static final CanaryTraffic SLOW = CanaryTraffic.steady("latency_model", "v2.0.0", CanaryTraffic.SLOW, 0.002);
    static final CanaryTraffic STABLE = CanaryTraffic.steady("stable_model", "v1.0.0", CanaryTraffic.NORMAL, 0.002);

    @TempDir
    static Path folder;
    static LocalPrometheus prometheus;

    @BeforeAll
    static void backfillAroundNowAndStart() throws Exception {
        List<CanaryTraffic> all = List.of(HEALTHY, SLOW);
        StringBuilder text = new StringBuilder("# TYPE bellwether_request_duration_seconds histogram\n");
        all.forEach(traffic -> samples(traffic, (t, at) -> t.histogramAt(text, DATA_FROM, at)));
        text.append("# TYPE bellwether_request_errors counter\n");
        all.forEach(traffic -> samples(traffic, (t, at) -> t.errorsAt(text, DATA_FROM, at)));
        Path input = Files.writeString(folder.resolve("canaries.om"), text.append("# EOF\n"));
        Path storage = Files.createDirectories(folder.resolve("tsdb"));
        LocalPrometheus.promtool(folder, "tsdb", "create-blocks-from", "openmetrics", input.toString(),
                storage.toString());
        prometheus = LocalPrometheus.start(folder, "global:\n  scrape_interval: 15s\n", storage);
    }

    private static void samples(CanaryTraffic traffic, java.util.function.BiConsumer<CanaryTraffic, Instant> write) {
        for (Instant at = DATA_FROM; !at.isAfter(DATA_TO); at = at.plusSeconds(15)) {
            write.accept(traffic, at);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    /** A canary of {@code traffic} started half an hour ago against the stable version's true numbers. */
    private static String startedCanary(WorkspaceCli cli, CanaryTraffic traffic) {
        try (Workspace setup = Bellwether.openRecordOnly(cli.database(), new TestClock(STARTED))) {
            Deployment d = setup.lifecycle().createDeployment(DeploymentRequest.builder(traffic.model(),
                    traffic.version(), DeploymentStrategy.CANARY, "devops").rollbackConfig(RollbackConfig.BALANCED)
                    .baselineMetrics(STABLE.truth(NOW, Duration.ofMinutes(5)))
                    .metadata(Map.of("initial_traffic", 0.05)).build());
            setup.lifecycle().startDeployment(d.deploymentId(), "op");
            return d.deploymentId();
        }
    }

    private static WorkspaceCli.Run bind(WorkspaceCli cli, String id) {
        return cli.run("metrics", "bind", id, "--url", prometheus.url().toString(), "--preset", "histogram");
    }

    private static Deployment stored(WorkspaceCli cli, String id) {
        try (Workspace workspace = Bellwether.openRecordOnly(cli.database())) {
            return workspace.queries().getDeployment(id);
        }
    }

    @Test
    void a_latency_regression_is_rolled_back_by_watch_once_with_exit_3() throws Exception {
        WorkspaceCli cli = new WorkspaceCli(Files.createDirectories(folder.resolve("regression")));
        String id = startedCanary(cli, SLOW);
        assertThat(bind(cli, id).exitCode()).isZero();

        WorkspaceCli.Run watch = cli.run("watch", "--once");

        assertThat(watch.exitCode()).as(watch.out()).isEqualTo(ExitCodes.ROLLBACK_NEEDED);
        JsonNode line = Json.mapper().readTree(watch.out().lines().findFirst().orElseThrow());
        assertThat(watch.out().lines()).hasSize(1);
        assertThat(line.path("deployment_id").asText()).isEqualTo(id);
        assertThat(line.path("status").asText()).isEqualTo("unhealthy");
        assertThat(line.path("decision").asText()).isEqualTo("rollback");
        assertThat(line.path("rolled_back").asBoolean()).isTrue();
        assertThat(line.path("values").path("latency_p95").asDouble()).isCloseTo(SLOW.quantile(0.95), within(1e-6));
        assertThat(line.path("message").asText()).contains("P95 latency");
        Deployment after = stored(cli, id);
        assertThat(after.status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(after.rollbackTriggeredBy()).isEqualTo("automated");
    }

    @Test
    void a_healthy_canary_stays_in_progress_with_exit_0_and_metrics_test_prints_its_values() throws Exception {
        WorkspaceCli cli = new WorkspaceCli(Files.createDirectories(folder.resolve("healthy")));
        String id = startedCanary(cli, HEALTHY);
        assertThat(bind(cli, id).exitCode()).isZero();

        WorkspaceCli.Run test = cli.run("metrics", "test", id);
        assertThat(test.exitCode()).as(test.out()).isZero();
        assertThat(test.out().lines()).hasSize(6).noneMatch(l -> l.contains("ERROR"));
        String p95 = test.out().lines().filter(l -> l.startsWith("latency_p95 = ")).findFirst().orElseThrow()
                .substring("latency_p95 = ".length()).split(" ")[0];
        assertThat(Double.parseDouble(p95)).isCloseTo(HEALTHY.quantile(0.95), within(1e-9));

        WorkspaceCli.Run watch = cli.run("watch", "--once", "--deployment", id);

        assertThat(watch.exitCode()).as(watch.out()).isZero();
        JsonNode line = Json.mapper().readTree(watch.out().strip());
        assertThat(line.path("status").asText()).isEqualTo("healthy");
        assertThat(line.path("decision").asText()).isEqualTo("continue");
        assertThat(line.path("rolled_back").asBoolean()).isFalse();
        assertThat(line.path("values").path("request_count").asDouble()).isGreaterThan(300_000);
        assertThat(stored(cli, id).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        try (Workspace workspace = Bellwether.openRecordOnly(cli.database())) {
            assertThat(workspace.queries().healthHistory(id, null, null)).singleElement()
                    .satisfies(check -> assertThat(check.status()).isEqualTo(HealthStatus.HEALTHY));
        }
    }

    @Test
    void a_regressing_canary_with_one_empty_query_is_unknown_and_never_rolled_back() throws Exception {
        WorkspaceCli cli = new WorkspaceCli(Files.createDirectories(folder.resolve("missing")));
        String id = startedCanary(cli, SLOW);
        assertThat(cli.run("metrics", "bind", id, "--url", prometheus.url().toString(), "--preset", "histogram",
                "--template", "error_rate=sum(rate(nobody_exports_this_total{model=\"{model}\"}[{window}]))")
                .exitCode()).isZero();

        WorkspaceCli.Run watch = cli.run("watch", "--once");

        assertThat(watch.exitCode()).as(watch.out()).isEqualTo(ExitCodes.OK);
        JsonNode line = Json.mapper().readTree(watch.out().strip());
        assertThat(line.path("status").asText()).isEqualTo("unknown");
        assertThat(line.path("rolled_back").asBoolean()).isFalse();
        assertThat(line.path("values").path("latency_p95").asDouble()).as("measured, yet not judged")
                .isCloseTo(SLOW.quantile(0.95), within(1e-6));
        assertThat(line.path("message").asText()).isEqualTo("error_rate: query `sum(rate(nobody_exports_this_total"
                + "{model=\"latency_model\"}[5m]))` returned no series (empty result)");
        assertThat(stored(cli, id).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(stored(cli, id).currentMetrics()).isNull();
    }
}
