package io.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.bellwether.application.Bellwether;
import io.bellwether.application.DeploymentRequest;
import io.bellwether.application.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStrategy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 must never see an interrupt during file I/O: an interrupted caller's work still runs to the end. */
class InterruptedCallerTest {
    @TempDir
    Path folder;

    @Test
    void anInterruptedCallerStillCommitsAndGetsItsInterruptBack() {
        try (Workspace workspace = Bellwether.open(folder.resolve("bellwether"))) {
            Thread.currentThread().interrupt();
            Deployment created = workspace.deployments().createDeployment(DeploymentRequest.builder("m", "v1",
                    DeploymentStrategy.DIRECT, "me").build());
            boolean stillInterrupted = Thread.interrupted();

            assertThat(stillInterrupted).isTrue();
            workspace.deployments().startDeployment(created.deploymentId(), "me");
            assertThat(workspace.deployments().getDeployment(created.deploymentId()).startedAt()).isNotNull();
        }
        try (Workspace reopened = Bellwether.open(folder.resolve("bellwether"))) {
            assertThat(reopened.deployments().listDeployments(null, null)).hasSize(1);
            assertThat(reopened.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void interruptsWhileWaitingDoNotCutTheWriteShort() throws Exception {
        Path database = folder.resolve("busy");
        try (Workspace workspace = Bellwether.open(database)) {
            String shadowId = workspace.deployments().shadowDeploy("m:1", "m:2", 100).shadowId();
            java.util.List<io.bellwether.domain.ShadowComparison> batch = new java.util.ArrayList<>();
            for (int i = 0; i < 200_000; i++) {
                batch.add(io.bellwether.domain.ShadowComparison.of(java.time.Instant.EPOCH, 0.01, 0.02, true));
            }
            Thread writer = new Thread(() -> workspace.deployments().recordShadowComparisons(shadowId, batch));
            writer.start();
            for (int i = 0; i < 50 && writer.isAlive(); i++) {
                writer.interrupt();
                Thread.sleep(5);
            }
            writer.join();

            assertThat(workspace.deployments().shadowComparisonCount(shadowId)).isEqualTo(200_000);
        }
    }
}
