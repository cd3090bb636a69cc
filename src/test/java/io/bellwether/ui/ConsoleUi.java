package io.bellwether.ui;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.ui.settings.OperatorSettings;
import io.bellwether.ui.shell.ConsoleShell;
import io.bellwether.ui.shell.DeploymentRow;
import io.bellwether.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** The console as the UI tests drive it: the real App wiring on a real workspace, in a 1024×600 scene. */
final class ConsoleUi {
    static final String OPERATOR = "tester";

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private ConsoleShell shell;

    void start(Stage stage, Path database) {
        shell = App.open(stage, database, new OperatorSettings(OPERATOR, name -> { }), executor,
                Clock.systemDefaultZone(), App.workspaceOpener(), 1024, 600);
    }

    /** As the console starts: every workspace it opens serves the command line, and forwarded commands reload the screen. */
    void startServing(Stage stage, Path database) {
        OutsideChanges outside = new OutsideChanges();
        shell = App.open(stage, database, new OperatorSettings(OPERATOR, name -> { }), executor,
                Clock.systemDefaultZone(), App.servingOpener(executor, outside, problem -> {
                    throw new AssertionError(problem);
                }), outside, 1024, 600);
    }

    ShellViewModel shell() {
        return shell.viewModel();
    }

    void waitForPhase(ShellViewModel.Phase phase, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> shell().phaseProperty().get() == phase);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads the console's own workspace on its worker, after the work already queued. */
    <T> T stored(Function<Workspace, T> query) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Callable<T> work = () -> query.apply(shell().workspaceProperty().get());
        WaitForAsyncUtils.asyncFx(() -> executor.run(work, result::complete, result::completeExceptionally));
        return result.get(30, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition} on the stored state holds. */
    void waitForStored(Function<Workspace, Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stored(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Clicks the list row showing {@code deploymentId}, as an operator would. */
    static void selectRow(FxRobot robot, String deploymentId) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#deploymentList .list-cell")
                .queryAll().stream().anyMatch(node -> isRow(node, deploymentId)));
        robot.clickOn(robot.lookup("#deploymentList .list-cell").match(node -> isRow(node, deploymentId)).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#headerTitle")).isNotEqualTo("No deployment selected");
    }

    private static boolean isRow(Object node, String deploymentId) {
        return node instanceof ListCell<?> cell && cell.getItem() instanceof DeploymentRow row && row.id().equals(deploymentId);
    }

    void stop() throws Exception {
        FxToolkit.cleanupStages();
        CompletableFuture<Object> drained = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> executor.run(() -> "done", drained::complete, drained::completeExceptionally));
        drained.get(30, TimeUnit.SECONDS);
        executor.close();
    }
}
