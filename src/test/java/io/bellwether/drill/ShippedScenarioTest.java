package io.bellwether.drill;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventType;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;

/** Every shipped scenario, run headless in accelerated time, does what it declares. */
class ShippedScenarioTest {
    @TempDir
    Path folder;

    static Stream<String> shipped() {
        return ShippedScenarios.NAMES.stream();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void theEngineDoesWhatTheScenarioExpects(String name) {
        DrillScenario scenario = ShippedScenarios.load(name);
        try (DrillRun run = DrillRun.open(scenario, DrillMode.AUTOMATIC, folder.resolve("drill"))) {
            long started = System.nanoTime();
            run.runToEnd();
            DrillReport report = run.report();
            System.out.printf("%s: %d windows in %d ms, %s%n", name, report.windows(),
                    (System.nanoTime() - started) / 1_000_000, report.verdict());

            assertThat(report.passed()).as(report.verdict()).isTrue();
            Expectation expect = scenario.expectation();
            assertThat(report.engineRollback() != null).isEqualTo(expect.rollback());
            var deployment = run.workspace().queries().getDeployment(run.deploymentId());
            if (expect.finalStatus() != null) {
                assertThat(deployment.status()).isEqualTo(expect.finalStatus());
            }
            if (expect.rollback()) {
                assertThat(report.detectionTime()).isBetween(expect.detectedAfter(), expect.detectedBy());
                assertThat(deployment.rollbackTriggeredBy()).isEqualTo("automated");
                assertThat(deployment.rolledBackAt()).isEqualTo(report.engineRollback().at());
            }
            assertThat(report.operatorRollback()).isNull();
        }
    }

    /** The expectations hold for other seeds too: they are not an accident of the shipped seed. */
    @ParameterizedTest
    @MethodSource("shipped")
    void theExpectationDoesNotDependOnTheSeed(String name) {
        DrillScenario shipped = ShippedScenarios.load(name);
        for (long seed = 1; seed <= 2; seed++) {
            DrillScenario scenario = new DrillScenario(shipped.name(), shipped.description(), seed, shipped.start(),
                    shipped.duration(), shipped.window(), shipped.modelName(), shipped.modelVersion(), shipped.baseline(),
                    shipped.rollbackConfig(), shipped.requestsPerSecond(), shipped.noise(), shipped.canary(), shipped.lastHold(),
                    shipped.shadow(), shipped.faults(), shipped.expectation(), shipped.progression());
            try (DrillRun run = DrillRun.open(scenario, DrillMode.AUTOMATIC, folder.resolve("seed" + seed))) {
                run.runToEnd();
                assertThat(run.report().passed()).as("seed " + seed + ": " + run.report().verdict()).isTrue();
            }
        }
    }

    @Test
    void duringAFeedOutageNothingIsPromotedOrHealthyAndTheRolloutDoesNotComplete() {
        DrillScenario scenario = ShippedScenarios.load("metrics-outage");
        Fault outage = scenario.faults().get(0);
        Instant from = scenario.start().plus(outage.delay());
        Instant to = from.plus(outage.length());
        try (DrillRun run = DrillRun.open(scenario, DrillMode.AUTOMATIC, folder.resolve("drill"))) {
            run.runToEnd();
            var service = run.workspace();
            List<HealthCheck> during = service.queries().healthHistory(run.deploymentId(), from.plusSeconds(1), to);
            assertThat(during).hasSize((int) outage.length().dividedBy(scenario.window()));
            assertThat(during).extracting(HealthCheck::status).containsOnly(HealthStatus.UNKNOWN);
            List<AuditEvent> stageChanges = run.workspace().audit().query(
                    new AuditQuery(EventType.CANARY_STAGE_CHANGED, null, null, null, from.plusSeconds(1), to));
            assertThat(stageChanges).isEmpty();
            assertThat(service.queries().healthHistory(run.deploymentId(), null, from)).extracting(HealthCheck::status)
                    .contains(HealthStatus.HEALTHY);
            assertThat(service.queries().getDeployment(run.deploymentId()).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
            assertThat(service.queries().getDeployment(run.deploymentId()).completedAt()).isNull();
            DrillReport report = run.report();
            assertThat(report.windowsWithoutData()).isEqualTo(during.size());
            assertThat(report.promotionsWithoutData()).isZero();
        }
    }

    @Test
    void everyFileInAssetsIsShippedAndParses() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("assets", "drills"))) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(ShippedScenarios.NAMES);
        }
        for (String name : ShippedScenarios.NAMES) {
            assertThat(ShippedScenarios.load(name).name()).isEqualTo(name);
        }
    }
}
