package io.bellwether.store;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStrategy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** H2 must never see an interrupt during file I/O: an interrupted caller's work still runs to the end. */
class InterruptedCallerTest {
    @TempDir
    Path folder;

    @Test
    void anInterruptedCallerStillCommitsAndGetsItsInterruptBack() {
        try (Workspace workspace = Bellwether.openRecordOnly(folder.resolve("bellwether"))) {
            Thread.currentThread().interrupt();
            Deployment created = workspace.lifecycle().createDeployment(DeploymentRequest.builder("m", "v1",
                    DeploymentStrategy.DIRECT, "me").build());
            boolean stillInterrupted = Thread.interrupted();

            assertThat(stillInterrupted).isTrue();
            workspace.lifecycle().startDeployment(created.deploymentId(), "me");
            assertThat(workspace.queries().getDeployment(created.deploymentId()).startedAt()).isNotNull();
        }
        try (Workspace reopened = Bellwether.openRecordOnly(folder.resolve("bellwether"))) {
            assertThat(reopened.queries().listDeployments(null, null)).hasSize(1);
            assertThat(reopened.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void interruptsWhileWaitingDoNotCutTheWriteShort() throws Exception {
        Path database = folder.resolve("busy");
        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            String shadowId = workspace.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
            java.util.List<io.bellwether.domain.ShadowComparison> batch = new java.util.ArrayList<>();
            for (int i = 0; i < 200_000; i++) {
                batch.add(io.bellwether.domain.ShadowComparison.of(java.time.Instant.EPOCH, 0.01, 0.02, true));
            }
            Thread writer = new Thread(() -> workspace.shadows().recordShadowComparisons(shadowId, batch, Operators.systemUser()));
            writer.start();
            for (int i = 0; i < 50 && writer.isAlive(); i++) {
                writer.interrupt();
                Thread.sleep(5);
            }
            writer.join();

            assertThat(workspace.queries().shadowComparisonCount(shadowId)).isEqualTo(200_000);
        }
    }
}
