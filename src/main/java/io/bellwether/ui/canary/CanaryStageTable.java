package io.bellwether.ui.canary;

import io.bellwether.domain.CanarySchedule;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.HealthCheck;
import io.bellwether.ui.common.CheckVerdicts;
import io.bellwether.ui.common.DisplayFormats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of the stage table: planned start from the schedule, actual start from the progress,
 * status relative to the current stage, and the gate, the engine's verdict on the last health check
 * recorded while the stage ran.
 */
record CanaryStageTable(Deployment deployment, CanarySchedule schedule, CanaryProgress progress, Instant now) {

    /** The schedule's time zero: the start, or the creation of a canary not started yet. */
    Instant origin() {
        return deployment.startedAt() != null ? deployment.startedAt() : deployment.createdAt();
    }

    /** When the canary stopped running: rolled back, finished, or still going (now). */
    Instant end() {
        if (deployment.rolledBackAt() != null) {
            return deployment.rolledBackAt();
        }
        return deployment.status().isFinal() && deployment.completedAt() != null ? deployment.completedAt() : now;
    }

    /** The stored checks a stage table reads: the last one in [from, until), if any. */
    interface LastCheck {
        Optional<HealthCheck> in(Instant from, Instant until);
    }

    List<StageRow> rows(LastCheck lastCheck) {
        List<StageRow> rows = new ArrayList<>();
        for (CanarySchedule.Stage stage : schedule.stages()) {
            Instant start = progress.stageStarts().get(stage.index());
            Instant next = progress.stageStarts().get(stage.index() + 1);
            Instant until = next != null ? next : end().plusNanos(1);
            String gate = start == null ? "" : gate(lastCheck.in(start, until));
            rows.add(new StageRow(stage.index(), stage.label(), schedule.plannedStart(stage.index(), origin()), start,
                    stage.traffic(), status(deployment, progress, stage.index()), gate));
        }
        return rows;
    }

    /** The engine's verdict on the stage's last health check. */
    private String gate(Optional<HealthCheck> lastInStage) {
        if (lastInStage.isEmpty()) {
            return "no health check yet";
        }
        HealthCheck last = lastInStage.get();
        return CheckVerdicts.summary(CheckVerdicts.evaluate(deployment, last.metrics()), deployment)
                + " (check " + DisplayFormats.time(last.timestamp()) + ")";
    }

    static StageStatus status(Deployment deployment, CanaryProgress progress, int index) {
        int current = progress.currentStage();
        if (index < current || index == current && deployment.status() == DeploymentStatus.ACTIVE) {
            return StageStatus.DONE;
        }
        if (index == current) {
            if (!deployment.status().isLive()) {
                return StageStatus.STOPPED;
            }
            return progress.paused() ? StageStatus.PAUSED : StageStatus.CURRENT;
        }
        return index == current + 1 && !deployment.status().isFinal() ? StageStatus.NEXT : StageStatus.PLANNED;
    }
}
