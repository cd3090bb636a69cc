package io.bellwether.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.bellwether.domain.AuditEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The registry writes the audit trail through a connection of its own: when it and the workspace's
 * writer append at the same moment, both changes still land, the sequences stay contiguous and the
 * chain stays intact.
 */
class RegistryConcurrencyTest extends WorkspaceTestBase {

    @Test
    void registryAndDeploymentWritesInterleaveIntoOneIntactChain() {
        int each = 150;
        try (ModelRegistry registry = ModelRegistries.open(workspace, clock)) {
            CompletableFuture<Void> deployments = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < each; i++) {
                    service.createDeployment(canaryRequest().build());
                }
            });
            CompletableFuture<Void> models = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < each; i++) {
                    registry.registerModel("m", "v" + i, "./m.pt", "onnx", "ds", Map.of());
                }
            });
            CompletableFuture.allOf(deployments, models).join();

            assertThat(registry.listModels("m", null)).hasSize(each);
        }
        List<AuditEvent> events = events();
        assertThat(events).extracting(AuditEvent::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 2L * each).boxed().toList());
        assertThat(workspace.audit().verify().intact()).isTrue();
        assertThat(service.listDeployments(null, null)).hasSize(each);
    }
}
