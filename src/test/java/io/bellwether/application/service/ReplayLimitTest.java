package io.bellwether.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.ReplayWindow;
import io.bellwether.domain.ReplayedCheck;
import io.bellwether.domain.RuleSet;
import java.time.Instant;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history longer than a replay holds is refused with both counts, before any of it is read; a window of it that
 * holds no more replays, one that holds more is refused.
 */
class ReplayLimitTest {
    private static final PerformanceMetrics METRICS = new PerformanceMetrics(0.03, 0.05, 0.07, 0.001, 20);

    @TempDir
    Path folder;

    @Test
    void aHistoryAtTheLimitReplaysOneLongerIsRefused() {
        try (Workspace workspace = Bellwether.openRecordOnly(folder.resolve("ws"))) {
            String id = workspace.lifecycle().createDeployment(DeploymentRequest.builder("fraud", "v2",
                    DeploymentStrategy.CANARY, "me").build()).deploymentId();
            for (int i = 0; i < 3; i++) {
                workspace.health().addHealthCheck(id, HealthStatus.HEALTHY, METRICS, "ok", "me");
            }
            RuleSet rules = RuleSet.of(workspace.queries().getDeployment(id));

            assertThat(new ReplayService(workspace.queries(), workspace.audit(), 3).replay(id, rules).checks())
                    .hasSize(3);
            assertThatThrownBy(() -> new ReplayService(workspace.queries(), workspace.audit(), 2).replay(id, rules))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(id + " has 3 recorded health checks: a replay holds at most 2; replay a window of them");

            List<HealthCheck> stored = workspace.queries().healthHistory(id, null, null);
            ReplayService holdsTwo = new ReplayService(workspace.queries(), workspace.audit(), 2);
            Instant second = stored.get(1).timestamp();
            assertThat(holdsTwo.replay(id, rules, new ReplayWindow(second, null)).checks())
                    .extracting(ReplayedCheck::at).containsExactly(second, stored.get(2).timestamp());
            assertThatThrownBy(() -> holdsTwo.replay(id, rules, new ReplayWindow(null, stored.get(2).timestamp())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(id + " has more than 2 of its 3 recorded health checks to " + stored.get(2).timestamp()
                            + ": a replay holds at most 2; replay a shorter window");
        }
    }
}
