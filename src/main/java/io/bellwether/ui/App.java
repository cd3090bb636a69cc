package io.bellwether.ui;

import io.bellwether.Bellwether;
import io.bellwether.ServedWorkspace;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.RequestCounts;
import io.bellwether.io.SettingsFile;
import io.bellwether.ui.actions.DialogPrompts;
import io.bellwether.ui.actions.OperatorPrompts;
import io.bellwether.ui.canary.CanaryScheduleViewModel;
import io.bellwether.ui.common.CtrlEnter;
import io.bellwether.ui.common.Screen;
import io.bellwether.ui.drill.DrillWindow;
import io.bellwether.ui.imports.ImportDialog;
import io.bellwether.ui.imports.ImportViewModel;
import io.bellwether.ui.settings.MetricsBindingViewModel;
import io.bellwether.ui.settings.NotificationsViewModel;
import io.bellwether.ui.settings.OperatorSettings;
import io.bellwether.ui.settings.SettingsDialog;
import io.bellwether.ui.settings.SettingsViewModel;
import io.bellwether.ui.shell.ConsoleShell;
import io.bellwether.ui.shell.DeploymentRow;
import io.bellwether.ui.shell.MainWindow;
import io.bellwether.ui.shell.MainWindowViewModel;
import io.bellwether.ui.shell.ShellViewModel;
import io.bellwether.ui.shell.WorkspaceOpener;
import io.bellwether.ui.welcome.WelcomeView;
import io.bellwether.ui.welcome.WelcomeViewModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The composition root of the console: the one place that wires services, view models and views. */
public class App extends Application {
    private static final String OPERATOR_KEY = "operator.";
    private static final String WINDOW_KEY = "window";

    private FxTaskExecutor executor;
    private ConsoleShell view;

    /**
     * The console's tabs, in order; add a screen here and the shell hosts, selects and refreshes it.
     */
    static List<ConsoleScreen> screens(Workspace workspace, TaskExecutor executor, Clock clock,
                                       OperatorSettings settings, OperatorPrompts prompts) {
        Screen<CanaryScheduleViewModel> canary = Screens.canary(workspace, executor, Clock.systemUTC());
        canary.viewModel().operatorProperty().bind(settings.operatorProperty());
        canary.viewModel().setConfirmation(prompts::confirm);
        return List.of(
                Screens.timeline(workspace, executor, clock),
                canary,
                Screens.shadow(workspace, executor),
                Screens.health(workspace, executor, clock),
                Screens.audit(workspace, executor),
                Screens.review(workspace, executor, settings::operator));
    }

    /** Opens workspaces through the composition root, as the command line does. */
    static WorkspaceOpener workspaceOpener() {
        return Bellwether::openAs;
    }

    /** Where the console keeps the operator name of the workspace at {@code location}. */
    private static String operatorKey(Path location) {
        return OPERATOR_KEY + (location == null ? "(none)" : location.toAbsolutePath().normalize());
    }

    /**
     * Opens workspaces as {@link #workspaceOpener()} does, each serving the command line while it is
     * open: a forwarded command runs on {@code executor} (after the store work queued before it) and
     * then {@code afterEachCommand} runs on the callback thread, as it does after other writers'
     * changes in team mode ({@link LiveRefresh}); {@code problems} hears why a
     * workspace cannot serve.
     */
    static WorkspaceOpener servingOpener(TaskExecutor executor, Runnable afterEachCommand, Consumer<String> problems) {
        Executor worker = command -> executor.run(() -> {
            command.run();
            return Boolean.TRUE;
        }, done -> afterEachCommand.run(), failed -> afterEachCommand.run());
        return (location, clock, account) -> LiveRefresh.serving(
                ServedWorkspace.open(location, clock, account, worker, problems), executor, afterEachCommand);
    }

    /** The user's last window, fitted to the primary screen's visual bounds; 1280×800 at first. */
    private static WindowPlacement placement(SettingsFile preferences) {
        javafx.geometry.Rectangle2D visual = javafx.stage.Screen.getPrimary().getVisualBounds();
        return WindowPlacement.fit(WindowPlacement.parse(preferences.get(WINDOW_KEY, null)),
                new WindowPlacement(visual.getMinX(), visual.getMinY(), visual.getWidth(), visual.getHeight()), 1280, 800);
    }

    @Override
    public void start(Stage stage) {
        ConsoleOptions options = ConsoleOptions.parse(getParameters().getRaw(), System.getProperty("bellwether.db"));
        SettingsFile preferences = SettingsFile.standard();
        OperatorSettings settings = new OperatorSettings(Operators.systemUser(),
                location -> Optional.ofNullable(preferences.get(operatorKey(location), null)),
                (location, name) -> preferences.put(operatorKey(location), name));
        executor = new FxTaskExecutor();
        OutsideChanges outside = new OutsideChanges();
        WorkspaceOpener opener = servingOpener(executor, outside, problem -> System.err.println("bellwether: " + problem));
        WindowPlacement placement = placement(preferences);
        view = open(stage, options.database(), settings, executor, Clock.systemDefaultZone(), opener, outside,
                placement.width(), placement.height());
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, event -> preferences.put(WINDOW_KEY,
                new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()).asText()));
        if (Boolean.getBoolean("bellwether.timing")) {
            reportTimings(stage.getScene(), view.viewModel());
        }
    }

    /**
     * Builds the console on {@code database} in {@code stage} and starts opening the workspace; used
     * by {@link #start(Stage)} and by the UI tests.
     */
    public static ConsoleShell open(Stage stage, Path database, OperatorSettings settings, TaskExecutor executor,
                                    Clock clock, WorkspaceOpener opener, double width, double height) {
        return open(stage, database, settings, executor, clock, opener, new OutsideChanges(), width, height);
    }

    /** As above; after each change from {@code outside} the screen on show reloads. */
    public static ConsoleShell open(Stage stage, Path database, OperatorSettings settings, TaskExecutor executor,
                                    Clock clock, WorkspaceOpener opener, OutsideChanges outside,
                                    double width, double height) {
        ShellViewModel shell = new ShellViewModel(opener, executor, clock, database);
        shell.workspaceProperty().addListener((observed, before, opened) -> {
            if (opened != null) {
                settings.useWorkspace(opened.location());
            }
        });
        DialogPrompts prompts = new DialogPrompts(() -> stage, settings::operator);
        Consumer<MainWindowViewModel> openSettings = window -> {
            DeploymentRow selected = window.list().selectedProperty().get();
            CtrlEnter.confirms(new SettingsDialog(stage, new SettingsViewModel(settings), new MetricsBindingViewModel(
                    window.workspace().metricsBindings(), window.workspace().metricsWatcher(), executor, clock,
                    selected == null || selected.isShadow() ? null : selected.id()),
                    new NotificationsViewModel(window.workspace().notifications(), executor, settings::operator)))
                    .showAndWait();
        };
        Runnable openDrill = () -> DrillWindow.open(stage, executor, settings::operator);
        Consumer<MainWindowViewModel> openImport = window -> {
            DeploymentRow selected = window.list().selectedProperty().get();
            CtrlEnter.confirms(new ImportDialog(stage, new ImportViewModel(window.workspace(), executor, clock,
                    selected == null ? null : selected.id(), window::changed, settings::operator))).showAndWait();
        };
        ConsoleShell root = new ConsoleShell(shell, () -> {
            outside.reloadWith(shell::changedOutside);
            return new WelcomeView(new WelcomeViewModel(shell, executor, prompts, settings));
        }, workspace -> {
            MainWindowViewModel window = new MainWindowViewModel(workspace, executor, settings, prompts,
                    RequestCounts.estimatedFromThroughput(), clock);
            outside.reloadWith(() -> window.changed(null));
            return new MainWindow(window, screens(workspace, executor, clock, settings, prompts), openSettings, openDrill,
                    openImport, clock.getZone());
        });
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(App.class.getResource("console.css").toExternalForm());
        stage.setTitle("Bellwether — " + database.toAbsolutePath());
        shell.workspaceProperty().addListener((obs, old, now) -> {
            if (now != null) {
                stage.setTitle("Bellwether — " + now.location().toAbsolutePath());
            }
        });
        stage.setScene(scene);
        stage.show();
        stage.setOnHidden(event -> {
            stage.setOnHidden(null); // once: a stage may be shown again with other content (the UI tests reuse it)
            root.dispose();
            shell.close(() -> { });
        });
        // Opening the store (and its migrations) waits for the first frame, so it does not compete with the window.
        onFirstFrame(scene, () -> javafx.application.Platform.runLater(shell::open));
        return root;
    }

    /** Runs {@code action} once, when the first frame was laid out. */
    private static void onFirstFrame(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** With -Dbellwether.timing=true: prints when the first frame was laid out and how long each opening took. */
    private static void reportTimings(Scene scene, ShellViewModel shell) {
        onFirstFrame(scene, () -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            System.err.println("bellwether: first frame " + millis + " ms after JVM start (" + cpuMillis + " ms of CPU)");
        });
        long[] openingSince = {System.nanoTime()};
        shell.phaseProperty().addListener((obs, old, now) -> {
            if (now == ShellViewModel.Phase.OPENING) {
                openingSince[0] = System.nanoTime();
            } else {
                System.err.println("bellwether: " + now + " after " + (System.nanoTime() - openingSince[0]) / 1_000_000 + " ms of opening");
            }
        });
    }

    @Override
    public void stop() {
        if (view != null) {
            view.dispose();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
