package io.bellwether.ui.shell;

import io.bellwether.domain.PreDeploymentCheck;
import io.bellwether.ui.ConsoleNavigator;
import io.bellwether.ui.ConsoleScreen;
import io.bellwether.ui.common.CommandButtons;
import io.bellwether.ui.queue.QueueView;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * The console on an open workspace: action bar and header on top, the deployment list on the
 * left, the screens as tabs, the status bar below. It ticks the automatic evaluation every second.
 */
public final class MainWindow extends BorderPane {
    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    private final Timeline evaluationTicker;

    public MainWindow(MainWindowViewModel viewModel, List<ConsoleScreen> screens,
                      Consumer<MainWindowViewModel> openSettings,
                      Runnable openDrill, Consumer<MainWindowViewModel> openImport, ZoneId zone) {
        getStyleClass().add("main-window");
        ToolBar actions = actionBar(viewModel, openSettings, openDrill, openImport);
        setTop(new VBox(actions, new DeploymentHeaderView(viewModel.header()), new QueueView(viewModel.queue())));

        TabPane tabs = new TabPane();
        tabs.setId("screens");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ConsoleScreen screen : screens) {
            Tab tab = new Tab(screen.title(), screen.root());
            tabs.getTabs().add(tab);
        }
        SplitPane split = new SplitPane(new DeploymentListView(viewModel.list(), zone), tabs);
        split.setDividerPositions(0.29);
        setCenter(split);
        setBottom(statusBar(viewModel));

        viewModel.list().selectedProperty().addListener((obs, old, now) -> {
            String id = now == null ? null : now.id();
            screens.forEach(screen -> screen.showDeployment(id));
        });
        viewModel.queue().setOnGoTo(destination -> {
            viewModel.select(destination.deploymentIdOrNull());
            tabs.getTabs().stream().filter(tab -> tab.getText().equals(destination.tabTitle())).findFirst()
                    .ifPresent(tabs.getSelectionModel()::select);
        });
        viewModel.changesProperty().addListener((obs, old, now) -> screens.forEach(ConsoleScreen::refresh));
        screens.forEach(screen -> screen.setOnStoredChange(viewModel::changed));
        ConsoleNavigator navigator = link -> open(link, viewModel, screens, tabs, openSettings);
        screens.forEach(screen -> screen.setNavigator(navigator));
        viewModel.setOnAutomatedRollback(rollbacks -> rollbacks.forEach(rollback -> Notifications.create()
                .owner(getScene() == null ? null : getScene().getWindow())
                .title("Automated rollback: " + rollback.modelRef())
                .text(rollback.environment() + "\n" + rollback.reasons().stream().collect(Collectors.joining("\n")))
                .hideAfter(Duration.seconds(20))
                .showError()));

        evaluationTicker = new Timeline(new KeyFrame(Duration.seconds(1), tick -> viewModel.tick()));
        evaluationTicker.setCycleCount(Animation.INDEFINITE);
        evaluationTicker.play();
        viewModel.load();
    }

    /**
     * Goes to an evidence link: selects the shadow or deployment it names in the list, then shows the
     * first tab that reveals it; a metrics binding opens the settings of its (selected) deployment.
     */
    private static void open(PreDeploymentCheck.Link link, MainWindowViewModel viewModel, List<ConsoleScreen> screens,
                             TabPane tabs, Consumer<MainWindowViewModel> openSettings) {
        if (link.place() == PreDeploymentCheck.Place.SHADOW || link.place() == PreDeploymentCheck.Place.METRICS_BINDING) {
            viewModel.list().rows().stream().filter(row -> row.id().equals(link.target())).findFirst()
                    .ifPresent(viewModel.list().selectedProperty()::set);
        }
        if (link.place() == PreDeploymentCheck.Place.METRICS_BINDING) {
            openSettings.accept(viewModel);
            return;
        }
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).reveal(link)) {
                tabs.getSelectionModel().select(i);
                return;
            }
        }
    }

    /** Stops the automatic evaluation; call before the workspace closes. */
    public void dispose() {
        evaluationTicker.stop();
    }

    private static ToolBar actionBar(MainWindowViewModel viewModel, Consumer<MainWindowViewModel> openSettings,
                                     Runnable openDrill,
                                     Consumer<MainWindowViewModel> openImport) {
        var a = viewModel.actions();
        Button newDeployment = CommandButtons.of("newDeploymentButton", "New deployment…", a.newDeploymentCommand());
        Button newShadow = CommandButtons.of("newShadowButton", "New shadow…", a.newShadowDeploymentCommand());
        newShadow.setTooltip(new Tooltip("Create a shadow deployment: the candidate sees a copy of the traffic"));
        Button start = CommandButtons.of("startButton", "Start", a.startCommand());
        Button complete = CommandButtons.of("completeButton", "Complete", a.completeCommand());
        Button rollback = CommandButtons.of("emergencyRollbackButton", "Emergency rollback…", a.emergencyRollbackCommand());
        rollback.getStyleClass().add("danger");
        Button retryHook = CommandButtons.of("retryHookButton", "Retry rollback hook", a.retryRollbackHookCommand());
        retryHook.managedProperty().bind(a.failedRollbackHookProperty().isNotNull());
        retryHook.visibleProperty().bind(retryHook.managedProperty());
        Button settings = new Button("Settings…");
        settings.setId("settingsButton");
        settings.setOnAction(event -> openSettings.accept(viewModel));
        Button importFile = new Button("Import…");
        importFile.setId("importFileButton");
        importFile.setOnAction(event -> openImport.accept(viewModel));
        Button drill = new Button("Drill…");
        drill.setId("drillButton");
        drill.setTooltip(new Tooltip("Practise an emergency rollback on simulated traffic, in a drill workspace"));
        drill.setOnAction(event -> openDrill.run());
        ToggleButton queue = new ToggleButton();
        queue.setId("queueButton");
        queue.textProperty().bind(viewModel.queue().badgeProperty());
        queue.selectedProperty().bindBidirectional(viewModel.queue().openProperty());
        queue.setTooltip(new Tooltip("Paused and inconclusive canaries, pending promotions, failed hooks, stale metrics"));
        viewModel.queue().rows().addListener((javafx.beans.InvalidationListener) change ->
                queue.pseudoClassStateChanged(WAITING, !viewModel.queue().rows().isEmpty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(a.status().busyProperty().or(viewModel.list().status().busyProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(newDeployment, newShadow, new Separator(), start, complete, rollback, retryHook, spacer,
                busy, queue, importFile, drill, settings);
        bar.getStyleClass().add("action-bar");
        return bar;
    }

    private static HBox statusBar(MainWindowViewModel viewModel) {
        Label workspace = new Label("Workspace: " + viewModel.workspaceFile());
        workspace.setId("statusWorkspace");
        Label operator = new Label();
        operator.setId("statusOperator");
        operator.textProperty().bind(viewModel.operatorProperty().map(name -> "Operator: " + name));
        Label evaluation = new Label();
        evaluation.setId("statusLastEvaluation");
        evaluation.textProperty().bind(viewModel.lastEvaluationTextProperty().map(time -> "Last evaluation: " + time));
        Label zone = new Label(viewModel.zoneText());
        zone.setId("statusZone");
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(viewModel.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(16, workspace, new Separator(javafx.geometry.Orientation.VERTICAL), operator,
                new Separator(javafx.geometry.Orientation.VERTICAL), evaluation,
                new Separator(javafx.geometry.Orientation.VERTICAL), zone,
                new Separator(javafx.geometry.Orientation.VERTICAL), message);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }
}
