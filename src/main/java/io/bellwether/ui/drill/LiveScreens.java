package io.bellwether.ui.drill;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.drill.DrillRun;
import io.bellwether.ui.ConsoleScreen;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.audit.AuditTrailScreen;
import io.bellwether.ui.canary.CanaryScheduleView;
import io.bellwether.ui.canary.CanaryScheduleViewModel;
import io.bellwether.ui.health.HealthHistoryScreen;
import io.bellwether.ui.shadow.ShadowComparisonScreen;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * The console's screens over one drill's workspace, showing its canary (and shadow). The canary
 * screen reads the drill's simulated clock, so time in stage is simulated time.
 */
final class LiveScreens {
    private final List<ConsoleScreen> screens = new ArrayList<>();

    LiveScreens(DrillRun run, TaskExecutor executor, Supplier<String> operator) {
        Workspace workspace = run.workspace();
        HealthHistoryScreen health = new HealthHistoryScreen(workspace.queries(), workspace.audit(), executor);
        health.showDeployment(run.deploymentId());
        screens.add(health);
        CanaryScheduleViewModel canary = new CanaryScheduleViewModel(workspace, workspace.audit(),
                executor, run.clock());
        canary.operatorProperty().set(operator.get());
        canary.show(run.deploymentId());
        screens.add(new Screen("Canary stages", new CanaryScheduleView(canary), canary::show, canary::load));
        run.shadowId().ifPresent(shadowId -> {
            ShadowComparisonScreen shadow = new ShadowComparisonScreen(workspace, workspace.audit(),
                    executor);
            shadow.showDeployment(shadowId);
            screens.add(shadow);
        });
        AuditTrailScreen audit = new AuditTrailScreen(workspace.queries(), workspace.audit(), executor);
        audit.showDeployment(run.deploymentId());
        screens.add(audit);
    }

    List<ConsoleScreen> screens() {
        return List.copyOf(screens);
    }

    void refresh() {
        screens.forEach(ConsoleScreen::refresh);
    }

    /** A screen assembled here from a view and its view model. */
    private record Screen(String title, Node root, java.util.function.Consumer<String> show, Runnable reload)
            implements ConsoleScreen {
        @Override
        public void showDeployment(String deploymentIdOrNull) {
            show.accept(deploymentIdOrNull);
        }

        @Override
        public void refresh() {
            reload.run();
        }
    }
}
