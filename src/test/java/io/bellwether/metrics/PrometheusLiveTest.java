package io.bellwether.metrics;

import com.sun.net.httpserver.HttpServer;
import io.bellwether.Bellwether;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.MetricsWatcher;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tiny exporter in the test JVM serves a canary whose error rate is 30 %; a real Prometheus scrapes it
 * every second and the watcher, sampling every second on the wall clock, rolls the canary back.
 */
class PrometheusLiveTest {
    static final CanaryTraffic FAILING = CanaryTraffic.steady("live_model", "v2.0.0", CanaryTraffic.NORMAL, 0.3);
    static final Duration ROLLED_BACK_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void a_scraped_canary_with_a_burst_of_errors_is_rolled_back_by_the_watcher() throws Exception {
        LocalPrometheus.binary("prometheus");
        Instant exporterStart = Instant.now().minusSeconds(1);
        HttpServer exporter = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        exporter.createContext("/metrics", exchange -> {
            StringBuilder text = new StringBuilder("# TYPE bellwether_request_duration_seconds histogram\n");
            Instant now = Instant.now();
            FAILING.histogramAt(text, exporterStart, now);
            text.append("# TYPE bellwether_request_errors_total counter\n");
            FAILING.errorsAt(text, exporterStart, now);
            // the text format without timestamps: Prometheus stamps each scrape itself
            byte[] body = text.toString().replaceAll(" [0-9]+\n", "\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        exporter.start();
        String config = "global:\n  scrape_interval: 1s\n  scrape_timeout: 900ms\nscrape_configs:\n"
                + "  - job_name: canary\n    static_configs:\n      - targets: ['127.0.0.1:"
                + exporter.getAddress().getPort() + "']\n";
        try (LocalPrometheus prometheus = LocalPrometheus.start(folder, config, folder.resolve("tsdb"));
             Workspace workspace = Bellwether.openRecordOnly(folder.resolve("ws"))) {
            Deployment canary = workspace.lifecycle().createDeployment(DeploymentRequest.builder(FAILING.model(),
                    FAILING.version(), DeploymentStrategy.CANARY, "devops")
                    .baselineMetrics(new PerformanceMetrics(0.03, 0.09, 0.2, 0.002, 200))
                    .rollbackConfig(new RollbackConfig(true, 0.05, 2.0, 100, 1)).build());
            workspace.lifecycle().startDeployment(canary.deploymentId(), "op");
            workspace.metricsBindings().set(new MetricsBinding(canary.deploymentId(), prometheus.url(), null,
                    MetricsPresets.histogram(MetricsPresets.DEFAULT_PREFIX), "5s", null, Duration.ofSeconds(5)), "sre");

            List<MetricsWatcher.Judgement> judged = new ArrayList<>();
            long deadline = System.nanoTime() + ROLLED_BACK_WITHIN.toNanos();
            for (int round = 0; round < 120 && System.nanoTime() < deadline
                    && judged.stream().noneMatch(MetricsWatcher.Judgement::rolledBack); round++) {
                judged.addAll(workspace.metricsWatcher().round(Instant.now(), null, "watcher").judgements());
                Thread.sleep(500);
            }

            Deployment after = workspace.queries().getDeployment(canary.deploymentId());
            assertThat(after.status()).as("judgements: %s", judged).isEqualTo(DeploymentStatus.ROLLED_BACK);
            assertThat(after.rollbackTriggeredBy()).isEqualTo("automated");
            assertThat(after.rollbackReason()).startsWith("Error rate 30.00% exceeds threshold 5.00%");
            List<HealthCheck> checks = workspace.queries().healthHistory(canary.deploymentId(), null, null);
            assertThat(checks.get(checks.size() - 1).status()).isEqualTo(HealthStatus.UNHEALTHY);
            assertThat(checks).allMatch(c -> c.status() == HealthStatus.UNHEALTHY || c.status() == HealthStatus.UNKNOWN
                    && c.message().contains("query `"));
        } finally {
            exporter.stop(0);
        }
    }
}
