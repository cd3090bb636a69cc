package io.bellwether.ui.drill;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.drill.DrillRun;
import io.bellwether.ui.ConsoleScreen;
import io.bellwether.ui.Screens;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.canary.CanaryScheduleViewModel;
import io.bellwether.ui.common.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The console's screens over one drill's workspace, showing its canary (and shadow). The canary
 * screen reads the drill's simulated clock, so time in stage is simulated time.
 */
final class LiveScreens {
    private final List<ConsoleScreen> screens = new ArrayList<>();

    LiveScreens(DrillRun run, TaskExecutor executor, Supplier<String> operator) {
        Workspace workspace = run.workspace();
        ConsoleScreen health = Screens.health(workspace, executor);
        health.showDeployment(run.deploymentId());
        screens.add(health);
        Screen<CanaryScheduleViewModel> canary = Screens.canary(workspace, executor, run.clock());
        canary.viewModel().operatorProperty().set(operator.get());
        canary.showDeployment(run.deploymentId());
        screens.add(canary);
        run.shadowId().ifPresent(shadowId -> {
            ConsoleScreen shadow = Screens.shadow(workspace, executor);
            shadow.showDeployment(shadowId);
            screens.add(shadow);
        });
        ConsoleScreen audit = Screens.audit(workspace, executor);
        audit.showDeployment(run.deploymentId());
        screens.add(audit);
    }

    List<ConsoleScreen> screens() {
        return List.copyOf(screens);
    }

    void refresh() {
        screens.forEach(ConsoleScreen::refresh);
    }
}
