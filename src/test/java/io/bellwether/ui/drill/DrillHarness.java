package io.bellwether.ui.drill;

import io.bellwether.drill.DrillRun;
import io.bellwether.drill.DrillWorkspaces;
import io.bellwether.ui.FxTaskExecutor;
import javafx.application.Platform;

/**
 * Shows drill mode in a temporary drill workspace, to look at it under Xvfb:
 * {@code java -cp ... io.bellwether.ui.drill.DrillHarness [--idle|--live|--report] [scenario]}.
 * --live runs fast until the engine calls for a rollback, then slows to an hour per minute;
 * --report rolls back as the operator two windows after the engine's call, so the report shows.
 */
public final class DrillHarness {
    private DrillHarness() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "--live";
        String scenario = args.length > 1 ? args[1] : "error-rate-burst";
        var location = DrillWorkspaces.temporaryLocation();
        FxTaskExecutor executor = new FxTaskExecutor();
        Platform.startup(() -> {
            DrillWindow window = DrillWindow.open(null, executor, () -> "sre.alice", location);
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, event -> {
                executor.close();
                Platform.exit();
            });
            DrillViewModel model = window.viewModel();
            model.scenario().chosen().set(model.scenario().options().stream()
                    .filter(choice -> scenario.equals(choice.shippedName())).findFirst().orElseThrow());
            model.speed().chosen().set(DrillSpeed.FAST);
            if (mode.equals("--idle")) {
                return;
            }
            model.start();
            model.windowsShownProperty().addListener((observable, before, after) -> {
                DrillRun run = model.runProperty().get();
                if (run == null || run.engineRollback().isEmpty()
                        || model.stateProperty().get() != DrillViewModel.State.RUNNING) {
                    return;
                }
                long since = after.longValue() - run.engineRollback().get().sinceStart()
                        .dividedBy(run.scenario().window());
                if (mode.equals("--report") && since >= 2) {
                    model.emergencyRollback("Error rate above 1% on the canary for two windows");
                } else if (mode.equals("--live") && since >= 2) {
                    model.speed().chosen().set(DrillSpeed.HOUR_PER_MINUTE);
                }
            });
        });
    }
}
