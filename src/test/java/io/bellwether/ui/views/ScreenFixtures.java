package io.bellwether.ui.views;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.ShadowComparison;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A busy workspace written through the Java API, with history in the past: the guide's canary at
 * its second stage with days of health checks, a canary rolled back automatically, a completed
 * blue-green, and a shadow deployment with many comparisons.
 */
public final class ScreenFixtures {
    public static final PerformanceMetrics BASELINE = new PerformanceMetrics(0.035, 0.050, 0.075, 0.001, 1000);
    public static final RollbackConfig GUIDE_CONFIG = new RollbackConfig(true, 0.01, 1.5, 1000, 60);

    public final Workspace workspace;
    public final MutableClock clock;
    public String liveCanaryId;
    public String rolledBackCanaryId;
    public String blueGreenId;
    public String shadowId;

    private ScreenFixtures(Workspace workspace, MutableClock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public static ScreenFixtures busy(Path directory, int shadowComparisons) {
        Instant now = Instant.now();
        MutableClock clock = new MutableClock(now.minus(Duration.ofDays(8)));
        ScreenFixtures fixtures = new ScreenFixtures(Bellwether.openRecordOnly(directory.resolve("bellwether"), clock), clock);
        fixtures.fill(shadowComparisons, now);
        return fixtures;
    }

    private void fill(int shadowComparisons, Instant now) {
        Workspace service = workspace;
        Random random = new Random(42);

        blueGreenId = service.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v1.9.0",
                DeploymentStrategy.BLUE_GREEN, "devops@company.com").environment("production-green")
                .metadata(Map.of("active_environment", "blue", "target_environment", "green")).build()).deploymentId();
        clock.advance(Duration.ofMinutes(20));
        service.lifecycle().startDeployment(blueGreenId, "alice");
        clock.advance(Duration.ofHours(2));
        service.lifecycle().completeDeployment(blueGreenId, "alice");

        clock.advance(Duration.ofHours(6));
        shadowId = service.shadows().shadowDeploy("fraud_detector:v1.0.0", "fraud_detector:v2.0.0", 100.0, Operators.systemUser()).shadowId();
        recordShadow(service, shadowId, random, shadowComparisons, clock.instant(), Duration.ofDays(2));

        clock.set(now.minus(Duration.ofDays(3)).minus(Duration.ofHours(4)));
        liveCanaryId = service.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v2.0.0",
                DeploymentStrategy.CANARY, "devops@company.com").baselineMetrics(BASELINE).rollbackConfig(GUIDE_CONFIG)
                .metadata("schedule", List.of(
                        Map.of("day", 1, "traffic", 0.05, "action", "Monitor closely"),
                        Map.of("day", 2, "traffic", 0.10, "action", "Check metrics"),
                        Map.of("day", 3, "traffic", 0.25, "action", "Validate performance"),
                        Map.of("day", 5, "traffic", 0.50, "action", "Extended monitoring"),
                        Map.of("day", 7, "traffic", 1.00, "action", "Complete rollout"))).build()).deploymentId();
        clock.advance(Duration.ofHours(1));
        service.lifecycle().startDeployment(liveCanaryId, "alice");
        for (int hour = 0; hour < 26; hour += 2) {
            clock.advance(Duration.ofHours(2));
            service.health().addHealthCheck(liveCanaryId, HealthStatus.HEALTHY, healthy(random, 50), "canary healthy", Operators.systemUser());
        }
        service.lifecycle().setCanaryStage(liveCanaryId, 1, 0.10, "alice");
        for (int hour = 0; hour < 44; hour += 2) {
            clock.advance(Duration.ofHours(2));
            service.health().addHealthCheck(liveCanaryId, HealthStatus.HEALTHY, healthy(random, 100), "canary healthy", Operators.systemUser());
        }

        clock.set(now.minus(Duration.ofDays(2)));
        rolledBackCanaryId = service.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v2.1.0",
                DeploymentStrategy.CANARY, "devops@company.com").baselineMetrics(BASELINE).rollbackConfig(GUIDE_CONFIG)
                .metadata(Map.of("initial_traffic", 0.05, "increment", 0.05, "target_traffic", 0.25,
                        "increment_interval_hours", 12)).build()).deploymentId();
        clock.advance(Duration.ofMinutes(10));
        service.lifecycle().startDeployment(rolledBackCanaryId, "bob");
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofHours(1));
            service.health().addHealthCheck(rolledBackCanaryId, HealthStatus.HEALTHY, healthy(random, 50), "canary healthy", Operators.systemUser());
        }
        PerformanceMetrics degraded = new PerformanceMetrics(0.060, 0.120, 0.190, 0.031, 48);
        clock.advance(Duration.ofHours(1));
        service.health().addHealthCheck(rolledBackCanaryId, HealthStatus.UNHEALTHY, degraded, "latency and errors up", Operators.systemUser());
        service.health().updateMetrics(rolledBackCanaryId, degraded, Operators.systemUser());
        service.health().checkDeploymentHealth(rolledBackCanaryId, 5000);

        clock.set(now.minus(Duration.ofMinutes(30)));
        workspace.audit().log(EventType.CONFIGURATION_CHANGED, EventSeverity.INFO, "alice", "settings", "operator",
                "update", Map.of("operator", "alice"));
        clock.set(now);
    }

    /** Healthy metrics near the baseline, with a little noise. */
    private static PerformanceMetrics healthy(Random random, double rps) {
        double p50 = 0.034 + random.nextDouble() * 0.006;
        double p95 = 0.048 + random.nextDouble() * 0.010;
        double p99 = 0.072 + random.nextDouble() * 0.012;
        return new PerformanceMetrics(p50, p95, p99, 0.0006 + random.nextDouble() * 0.0012, rps);
    }

    static void recordShadow(Workspace service, String shadowId, Random random, int count, Instant from, Duration span) {
        int batchSize = 50_000;
        List<ShadowComparison> batch = new ArrayList<>(Math.min(batchSize, count));
        long spanMillis = span.toMillis();
        for (int i = 0; i < count; i++) {
            Instant at = from.plusMillis(spanMillis * i / Math.max(1, count));
            double primary = 0.035 * Math.exp(0.30 * random.nextGaussian());
            double shadow = primary * 1.06 * Math.exp(0.12 * random.nextGaussian());
            boolean agree = random.nextDouble() < (i < count / 3 ? 0.96 : 0.975);
            batch.add(ShadowComparison.of(at, primary, shadow, agree));
            if (batch.size() == batchSize || i == count - 1) {
                service.shadows().recordShadowComparisons(shadowId, batch, Operators.systemUser());
                batch.clear();
            }
        }
    }
}
