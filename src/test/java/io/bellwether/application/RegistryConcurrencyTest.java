package io.bellwether.application;

import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.domain.AuditEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry writes the audit trail through a connection of its own: when it and the workspace's
 * writer append at the same moment, both changes still land, the sequences stay contiguous and the
 * chain stays intact.
 */
class RegistryConcurrencyTest extends WorkspaceTestBase {

    @Test
    void registryAndDeploymentWritesInterleaveIntoOneIntactChain() {
        int each = 150;
        {
            ModelRegistry registry = workspace.registry();
            CompletableFuture<Void> deployments = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < each; i++) {
                    service.lifecycle().createDeployment(canaryRequest().build());
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
        assertThat(service.queries().listDeployments(null, null)).hasSize(each);
    }
}
