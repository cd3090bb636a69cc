package io.bellwether.ui.common;

import io.bellwether.Bellwether;
import io.bellwether.TestAccounts;
import io.bellwether.application.TestClock;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.ui.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** A production canary without a baseline warns before Start; one with a baseline does not. */
class StepContextsBaselineTest {
    @TempDir
    Path directory;

    @Test
    void startingAProductionCanaryWithoutABaselineWarnsThatOnlyAbsoluteRulesJudgeIt() {
        TestClock clock = TestClock.at("2026-03-14T09:00:00Z");
        try (Workspace workspace = Bellwether.openRecordOnly(directory.resolve("w"), clock, new TestAccounts())) {
            Deployment bare = workspace.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v9",
                    DeploymentStrategy.CANARY, "devops").environment("production").build());
            Deployment measured = workspace.lifecycle().createDeployment(Fixtures.canary("v8", "production"));

            StepConfirmation warned = StepContexts.of(workspace.queries(), bare, "Start", false, clock.instant())
                    .orElseThrow();
            StepConfirmation quiet = StepContexts.of(workspace.queries(), measured, "Start", false, clock.instant())
                    .orElseThrow();

            assertThat(warned.warnings()).anySatisfy(w -> assertThat(w).startsWith("No baseline:")
                    .contains("latency rules are not evaluated"));
            assertThat(quiet.warnings()).noneSatisfy(w -> assertThat(w).startsWith("No baseline:"));
        }
    }
}
