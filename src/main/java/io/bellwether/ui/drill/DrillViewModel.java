package io.bellwether.ui.drill;

import io.bellwether.domain.Deployment;
import io.bellwether.drill.DrillMode;
import io.bellwether.drill.DrillReport;
import io.bellwether.drill.DrillReportJson;
import io.bellwether.drill.DrillReportMarkdown;
import io.bellwether.drill.DrillRun;
import io.bellwether.drill.DrillScenarioJson;
import io.bellwether.drill.ShippedScenarios;
import io.bellwether.io.OwnerOnlyFiles;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.Command;
import io.bellwether.ui.common.Selection;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Drill mode: choose a scenario and a speed, run it tick by tick in its own drill workspace, pause,
 * stop or roll back as the operator, then read and export the report. Every database call goes
 * through the TaskExecutor; the ticks come from a {@link TickScheduler} (or a test calling
 * {@link #tick()}). Only one step is in flight at a time: a tick that arrives while the last step
 * is still running is skipped, so a slow machine runs the drill slower rather than queueing work.
 */
public final class DrillViewModel {
    public static final String EMERGENCY_PREFIX = "EMERGENCY: ";

    /** Where the drill is. ENDING: the drill stopped and its report is being written. */
    public enum State { READY, STARTING, RUNNING, PAUSED, ENDING, ENDED }

    private final TaskExecutor executor;
    private final Supplier<String> operator;
    private final Path workspaceLocation;
    private final TickScheduler ticker;

    private final Selection<ScenarioChoice> scenario = shippedScenarios();
    private final Selection<DrillSpeed> speed = Selection.of(List.of(DrillSpeed.values()), DrillSpeed.DAY_PER_MINUTE);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READY);
    private final ReadOnlyObjectWrapper<DrillRun> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DrillStatus> status = new ReadOnlyObjectWrapper<>(DrillStatus.NONE);
    private final ReadOnlyLongWrapper windowsShown = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Choose a scenario and a speed, then Start");
    private final ReadOnlyObjectWrapper<DrillReport> report = new ReadOnlyObjectWrapper<>();
    private final StringBinding operatorRollbackText = summary(ReportSummary::operator);
    private final StringBinding engineRollbackText = summary(ReportSummary::engine);
    private final BooleanBinding live;
    private final Command startCommand;
    private final Command pauseCommand;
    private final Command stopCommand;
    private final Command rollbackCommand;

    private boolean stepping;
    private boolean resumeAfterConfirmation;
    private String rollbackReason;

    /**
     * @param workspaceLocation the drill workspace's database path, never the production one
     *                          (DrillWorkspaces refuses it)
     */
    public DrillViewModel(TaskExecutor executor, Supplier<String> operator, Path workspaceLocation,
                          TickScheduler ticker) {
        this.executor = executor;
        this.operator = operator;
        this.workspaceLocation = workspaceLocation;
        this.ticker = ticker;
        BooleanBinding canStart = Bindings.createBooleanBinding(() -> scenario.get() != null && speed.get() != null
                && (state.get() == State.READY || state.get() == State.ENDED), scenario.chosen(), speed.chosen(), state);
        live = Bindings.createBooleanBinding(() -> state.get() == State.RUNNING || state.get() == State.PAUSED,
                state);
        startCommand = new Command("Start", canStart, executor, this::start);
        pauseCommand = new Command("Pause or resume", live, this::togglePause);
        stopCommand = new Command("Stop", live, this::stop);
        rollbackCommand = new Command("Emergency rollback", live, executor, this::rollBack);
        speed.chosen().addListener((observable, before, after) -> {
            if (state.get() == State.RUNNING && after != null) {
                schedule();
                message.set("Now running at " + after);
            }
        });
    }

    private static Selection<ScenarioChoice> shippedScenarios() {
        List<ScenarioChoice> shipped = ShippedScenarios.NAMES.stream().map(ScenarioChoice::shipped).toList();
        return Selection.of(shipped, shipped.get(0));
    }

    /** Opens a fresh drill of the chosen scenario in the drill workspace and starts ticking. */
    public void start() {
        if (startCommand.isExecutable()) {
            startCommand.execute();
        }
    }

    private void start(TaskExecutor worker) {
        ScenarioChoice choice = scenario.get();
        DrillRun previous = run.get();
        state.set(State.STARTING);
        report.set(null);
        message.set("Starting " + choice.label() + "…");
        worker.run(() -> {
            if (previous != null) {
                previous.close();
            }
            return DrillRun.open(choice.scenario(), DrillMode.OPERATOR, workspaceLocation);
        }, opened -> {
            run.set(opened);
            status.set(DrillStatus.of(opened));
            windowsShown.set(0);
            stepping = false;
            state.set(State.RUNNING);
            message.set("Drill " + opened.scenario().name() + " running at " + speed.get()
                    + ": press Emergency rollback when you judge it right");
            schedule();
        }, error -> {
            run.set(null);
            state.set(State.READY);
            message.set("Could not start the drill: " + error.getMessage());
        });
    }

    /** Simulates the next window unless the drill is not running or the last step is still in flight. */
    public void tick() {
        DrillRun current = run.get();
        if (state.get() != State.RUNNING || stepping || current == null) {
            return;
        }
        stepping = true;
        executor.run(() -> {
            current.step();
            return DrillStatus.of(current);
        }, stepped -> {
            stepping = false;
            show(current, stepped);
            if (current.finished()) {
                end(current, "The drill reached the end of its simulated time");
            }
        }, error -> {
            stepping = false;
            end(current, "The drill stopped on an error: " + error.getMessage());
        });
    }

    public void togglePause() {
        if (state.get() == State.RUNNING) {
            ticker.stop();
            state.set(State.PAUSED);
            message.set("Paused: simulated time stands still");
        } else if (state.get() == State.PAUSED) {
            state.set(State.RUNNING);
            message.set("Resumed at " + speed.get());
            schedule();
        }
    }

    /** Ends the drill without a rollback and writes the report. */
    public void stop() {
        DrillRun current = run.get();
        if (!live.get() || current == null) {
            return;
        }
        end(current, "Stopped by the operator without a rollback");
    }

    /**
     * The operator pressed Emergency rollback: simulated time stands still while they confirm, and
     * {@code confirm} receives the drill's deployment as stored (read on the worker) to show the
     * confirmation. Nothing happens when no drill is live.
     */
    public void holdForConfirmation(Consumer<Deployment> confirm) {
        DrillRun current = run.get();
        if (!rollbackCommand.isExecutable() || current == null) {
            return;
        }
        resumeAfterConfirmation = state.get() == State.RUNNING;
        if (resumeAfterConfirmation) {
            togglePause();
        }
        message.set("Confirm the emergency rollback with a reason; the drill waits");
        executor.run(() -> current.workspace().queries().getDeployment(current.deploymentId()), confirm,
                error -> {
                    message.set("Could not read the drill's deployment: " + error.getMessage());
                    cancelConfirmation();
                });
    }

    /** The operator cancelled the confirmation: the drill goes on as before. */
    public void cancelConfirmation() {
        if (resumeAfterConfirmation && state.get() == State.PAUSED) {
            togglePause();
        }
        resumeAfterConfirmation = false;
    }

    /**
     * Rolls the drill's canary back as the operator, audited CRITICAL in the drill workspace, and ends
     * the drill. Refused, with a message, when the reason is blank or the drill is not live.
     *
     * @return whether the rollback was sent (a refusal of the service arrives later in the message)
     */
    public boolean emergencyRollback(String reason) {
        DrillRun current = run.get();
        if (reason == null || reason.isBlank()) {
            message.set("Emergency rollback refused: reason is required (got \"" + (reason == null ? "" : reason)
                    + "\")");
            return false;
        }
        if (!rollbackCommand.isExecutable() || current == null) {
            message.set("Emergency rollback refused: no drill is running");
            return false;
        }
        rollbackReason = reason;
        rollbackCommand.execute();
        return true;
    }

    private void rollBack(TaskExecutor worker) {
        DrillRun current = run.get();
        String reason = rollbackReason;
        resumeAfterConfirmation = false;
        ticker.stop();
        String who = operator.get();
        worker.run(() -> {
            current.emergencyRollback(who, emergencyReason(reason));
            return DrillStatus.of(current);
        }, rolledBack -> {
            show(current, rolledBack);
            end(current, "Rolled back by " + who);
        }, error -> {
            message.set("Emergency rollback refused: " + error.getMessage());
            if (current.finished()) {
                end(current, "The drill had already ended");
            } else if (state.get() == State.RUNNING) {
                schedule();
            }
        });
    }

    /** The reason as audited: marked EMERGENCY once, however the operator wrote it. */
    static String emergencyReason(String reason) {
        String stripped = reason.strip();
        return stripped.regionMatches(true, 0, "EMERGENCY", 0, "EMERGENCY".length()) ? stripped
                : EMERGENCY_PREFIX + stripped;
    }

    public void exportJson(Path target) {
        export(target, "JSON", DrillReportJson::write);
    }

    public void exportMarkdown(Path target) {
        export(target, "Markdown", DrillReportMarkdown::write);
    }

    /** Reads a scenario file on the worker; on success it joins the chooser and is selected. */
    public void openScenarioFile(Path file) {
        executor.run(() -> DrillScenarioJson.read(file), read -> {
            ScenarioChoice choice = ScenarioChoice.file(read, String.valueOf(file.getFileName()));
            scenario.addAndChoose(choice);
            message.set("Read scenario " + read.name() + " from " + file);
        }, error -> message.set("Could not read the scenario file " + file + ": " + error.getMessage()));
    }

    /** The window closes: stop ticking and close the drill workspace after any work in flight. */
    public void close() {
        ticker.stop();
        DrillRun current = run.get();
        if (current != null) {
            run.set(null);
            executor.run(() -> {
                current.stop();
                current.close();
                return null;
            }, ignored -> { }, error -> { });
        }
        state.set(State.ENDED);
    }

    private void schedule() {
        DrillRun current = run.get();
        if (current != null) {
            ticker.start(current.realTimePerWindow(speed.get().simulatedSecondsPerSecond()), this::tick);
        }
    }

    private void show(DrillRun current, DrillStatus next) {
        if (current == run.get()) {
            status.set(next);
            windowsShown.set(current.windows().size());
        }
    }

    private void end(DrillRun current, String why) {
        if (current != run.get() || state.get() == State.ENDING || state.get() == State.ENDED) {
            return;
        }
        ticker.stop();
        state.set(State.ENDING);
        message.set(why + "; writing the report…");
        executor.run(() -> {
            current.stop();
            return current.report();
        }, written -> {
            report.set(written);
            status.set(DrillStatus.of(current, written.finalStatus()));
            state.set(State.ENDED);
            message.set(why + ". " + written.verdict());
        }, error -> {
            state.set(State.ENDED);
            message.set(why + "; the report could not be written: " + error.getMessage());
        });
    }

    private StringBinding summary(java.util.function.Function<DrillReport, String> line) {
        return Bindings.createStringBinding(() -> report.get() == null ? "" : line.apply(report.get()), report);
    }

    private void export(Path target, String format, java.util.function.Function<DrillReport, String> writer) {
        DrillReport written = report.get();
        if (written == null || target == null) {
            message.set("Nothing to export: the drill has not ended");
            return;
        }
        executor.run(() -> {
                    OwnerOnlyFiles.writeString(target, writer.apply(written));
                    return target;
                },
                path -> message.set("Exported the report as " + format + " to " + path),
                error -> message.set("Could not export the report to " + target + ": " + error.getMessage()));
    }

    /** The shipped scenarios and those read from files; the chosen one starts. */
    public Selection<ScenarioChoice> scenario() {
        return scenario;
    }

    /** How fast the drill's simulated time runs; changing it while running takes effect at once. */
    public Selection<DrillSpeed> speed() {
        return speed;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The drill in progress (or the last one, until the next starts): the live screens read its workspace. */
    public ReadOnlyObjectProperty<DrillRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DrillStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How many windows the status shows; changes after every stored step (the live screens reload). */
    public ReadOnlyLongProperty windowsShownProperty() {
        return windowsShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DrillReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** When the operator rolled back, in words; empty until the drill ends. */
    public StringBinding operatorRollbackTextProperty() {
        return operatorRollbackText;
    }

    /** When the engine would have rolled back, in words; empty until the drill ends. */
    public StringBinding engineRollbackTextProperty() {
        return engineRollbackText;
    }

    public Command startCommand() {
        return startCommand;
    }

    public Command pauseCommand() {
        return pauseCommand;
    }

    public Command stopCommand() {
        return stopCommand;
    }

    /** Executable while a drill is live and no rollback is in flight; the view confirms, then calls emergencyRollback. */
    public Command rollbackCommand() {
        return rollbackCommand;
    }
}
