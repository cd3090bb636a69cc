package io.bellwether.ui.canary;

import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class CanaryProgressTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant STARTED = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void stageStartsComeFromTheDeploymentStartAndStageChangeEvents() {
        Deployment canary = canary(DeploymentStatus.IN_PROGRESS, STARTED, Map.of("current_stage", 2, "paused", true));
        Instant second = Instant.parse("2026-03-02T09:00:00Z");
        Instant third = Instant.parse("2026-03-03T10:00:00Z");

        CanaryProgress progress = CanaryProgress.of(canary, List.of(
                stageEvent(second, Map.of("stage", 1, "traffic", 0.1)),
                stageEvent(third, Map.of("stage", 2, "traffic", 0.25)),
                stageEvent(third.plusSeconds(60), Map.of("paused", true))));

        assertThat(progress.currentStage()).isEqualTo(2);
        assertThat(progress.paused()).isTrue();
        assertThat(progress.stageStarts()).containsExactly(Map.entry(0, STARTED), Map.entry(1, second), Map.entry(2, third));
        assertThat(progress.stageTraffic()).containsEntry(2, 0.25);
    }

    @Test
    void aStartedCanaryWithoutStageMetadataIsAtItsFirstStageAndAPendingOneHasNone() {
        assertThat(CanaryProgress.of(canary(DeploymentStatus.IN_PROGRESS, STARTED, Map.of()), List.of()).currentStage())
                .isZero();
        CanaryProgress pending = CanaryProgress.of(canary(DeploymentStatus.PENDING, null, Map.of()), List.of());
        assertThat(pending.currentStage()).isEqualTo(-1);
        assertThat(pending.stageStarts()).isEmpty();
        assertThat(pending.paused()).isFalse();
    }

    @Test
    void stageStatusFollowsTheCurrentStageAndTheDeploymentStatus() {
        Deployment live = canary(DeploymentStatus.IN_PROGRESS, STARTED, Map.of("current_stage", 1));
        CanaryProgress progress = CanaryProgress.of(live, List.of());
        assertThat(List.of(0, 1, 2, 3)).extracting(i -> CanaryStageTable.status(live, progress, i))
                .containsExactly(StageStatus.DONE, StageStatus.CURRENT, StageStatus.NEXT, StageStatus.PLANNED);

        Deployment paused = canary(DeploymentStatus.IN_PROGRESS, STARTED, Map.of("current_stage", 1, "paused", "true"));
        assertThat(CanaryStageTable.status(paused, CanaryProgress.of(paused, List.of()), 1)).isEqualTo(StageStatus.PAUSED);

        Deployment rolledBack = canary(DeploymentStatus.ROLLED_BACK, STARTED, Map.of("current_stage", 1));
        CanaryProgress stopped = CanaryProgress.of(rolledBack, List.of());
        assertThat(CanaryStageTable.status(rolledBack, stopped, 1)).isEqualTo(StageStatus.STOPPED);
        assertThat(CanaryStageTable.status(rolledBack, stopped, 2)).isEqualTo(StageStatus.PLANNED);
    }

    private static Deployment canary(DeploymentStatus status, Instant startedAt, Map<String, Object> metadata) {
        return new Deployment("deploy_1", "fraud_detector", "v2.0.0", DeploymentStrategy.CANARY, status, "production",
                "devops@company.com", CREATED, startedAt, null, null, null, null, null, metadata, null, null);
    }

    private static AuditEvent stageEvent(Instant at, Map<String, Object> details) {
        return new AuditEvent(1, "e", at, EventType.CANARY_STAGE_CHANGED, EventSeverity.INFO, "sre", "deployment",
                "deploy_1", "stage", details, "", "");
    }
}
