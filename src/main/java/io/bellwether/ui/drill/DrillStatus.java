package io.bellwether.ui.drill;

import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.Durations;
import io.bellwether.drill.DrillRun;
import io.bellwether.drill.DrillScenario;
import io.bellwether.drill.Moment;
import io.bellwether.drill.WindowResult;
import io.bellwether.ui.common.DisplayFormats;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The drill's status panel as text: simulated time, stage and traffic, health, active faults, the engine's call. */
public record DrillStatus(String simulatedTime, String stage, String health, String faults, String engine) {

    public static final DrillStatus NONE = new DrillStatus("—", "—", "—", "—", "—");

    /** Reads the run without blocking: safe on any thread. The deployment's status is the last window's. */
    public static DrillStatus of(DrillRun run) {
        return of(run, run.lastWindow().map(WindowResult::statusAfter).orElse(null));
    }

    /** As {@link #of(DrillRun)}, with the deployment's status as stored (after an operator's rollback). */
    public static DrillStatus of(DrillRun run, DeploymentStatus deploymentStatus) {
        DrillScenario scenario = run.scenario();
        Instant now = run.clock().instant();
        Optional<WindowResult> last = run.lastWindow();
        String time = DisplayFormats.time(now) + " (" + Durations.format(Duration.between(scenario.start(), now))
                + " into the drill, window " + run.windows().size() + " of " + scenario.windowCount() + ")";
        int stage = run.stage();
        String stageText = "Stage " + (stage + 1) + " of " + scenario.stages().size() + ", "
                + DisplayFormats.percent(scenario.stages().get(stage).traffic()) + " traffic"
                + (deploymentStatus == null ? "" : ", deployment " + deploymentStatus.value());
        String health = last.map(DrillStatus::health).orElse("No window simulated yet");
        String faults = last.map(w -> w.activeFaults().isEmpty() ? "None" : String.join("; ", w.activeFaults()))
                .orElse("None");
        String engine = run.engineRollback().map(DrillStatus::engine)
                .orElse("The engine has not called for a rollback");
        return new DrillStatus(time, stageText, health, faults, engine);
    }

    private static String health(WindowResult w) {
        if (!w.measured()) {
            return w.health().value() + ": no data in the last window";
        }
        return w.health().value() + ": p95 " + DisplayFormats.millis(w.metrics().latencyP95()) + ", errors "
                + DisplayFormats.percent(w.metrics().errorRate()) + ", " + w.requestCount() + " requests";
    }

    /** "Engine would have rolled back at …": when, how far into the drill, and why. */
    static String engine(Moment moment) {
        String reasons = moment.reasons().isEmpty() ? "" : ": " + String.join("; ", moment.reasons());
        return "Engine would have rolled back at " + DisplayFormats.time(moment.at()) + " ("
                + Durations.format(moment.sinceStart()) + " into the drill)" + reasons;
    }
}
