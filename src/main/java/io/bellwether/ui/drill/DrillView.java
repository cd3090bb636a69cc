package io.bellwether.ui.drill;

import io.bellwether.application.port.in.HookSettings;
import io.bellwether.drill.DrillRun;
import io.bellwether.ui.ConsoleScreen;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.actions.EmergencyRollbackDialog;
import io.bellwether.ui.actions.EmergencyRollbackViewModel;
import io.bellwether.ui.common.CommandButtons;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Drill mode: a coloured band saying it is practice, the controls, the status panel, the console's
 * screens over the drill workspace (reloaded as the drill runs), and the report when it ends.
 */
public final class DrillView extends BorderPane {
    static final String BAND_TEXT = "DRILL \u2014 practice workspace, not production";
    /** Live screens reload at most this often (real time), and once more when the drill ends. */
    private static final long REFRESH_NANOS = 400_000_000L;

    private final DrillViewModel model;
    private final TaskExecutor executor;
    private final Supplier<String> operator;
    private final TabPane tabs = new TabPane();
    private final Tab reportTab;
    private LiveScreens live;
    private final PauseTransition trailingRefresh = new PauseTransition();
    private long lastRefresh;

    public DrillView(DrillViewModel model, TaskExecutor executor, Supplier<String> operator, Path workspaceLocation) {
        this.model = model;
        this.executor = executor;
        this.operator = operator;
        reportTab = new Tab("Report", new DrillReportPane(model));
        reportTab.setId("drill-report-tab");
        tabs.setId("drill-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab waiting = new Tab("Drill", centred("Choose a scenario and a speed, then press Start. The drill runs a "
                + "simulated canary in its own workspace; the console's screens follow it here."));
        tabs.getTabs().addAll(waiting, reportTab);

        setTop(new VBox(band(workspaceLocation), controls()));
        setLeft(new DrillStatusPanel(model));
        setCenter(tabs);
        Label message = new Label();
        message.setId("drill-message");
        message.setWrapText(true);
        message.setPadding(new Insets(4, 8, 4, 8));
        message.setMaxWidth(Double.MAX_VALUE);
        message.getStyleClass().add("status-bar");
        message.textProperty().bind(model.messageProperty());
        setBottom(message);

        trailingRefresh.setOnFinished(event -> refreshNow());
        model.runProperty().addListener((observable, before, run) -> {
            if (run != null) {
                showLive(run);
            }
        });
        model.windowsShownProperty().addListener((observable, before, after) -> refreshThrottled());
        model.stateProperty().addListener((observable, before, state) -> {
            if (state == DrillViewModel.State.ENDED && live != null) {
                refreshNow();
                tabs.getSelectionModel().select(reportTab);
            }
        });
    }

    private static Label band(Path workspaceLocation) {
        Label band = new Label(BAND_TEXT + "   \u00b7   drill workspace: " + workspaceLocation);
        band.setId("drill-band");
        band.setMaxWidth(Double.MAX_VALUE);
        band.setPadding(new Insets(6, 10, 6, 10));
        band.setStyle("-fx-background-color: linear-gradient(from 0px 0px to 24px 24px, repeat, #c25400 0%, "
                + "#c25400 50%, #a84600 50%, #a84600 100%); -fx-text-fill: white; -fx-font-weight: bold; "
                + "-fx-font-size: 14px;");
        return band;
    }

    private FlowPane controls() {
        ComboBox<ScenarioChoice> scenario = new ComboBox<>(model.scenario().options());
        scenario.setId("drill-scenario");
        scenario.valueProperty().bindBidirectional(model.scenario().chosen());
        Button open = new Button("Open file\u2026");
        open.setTooltip(new javafx.scene.control.Tooltip("Open a drill scenario file (JSON)"));
        open.setId("drill-open-file");
        open.setOnAction(event -> openScenarioFile());
        ComboBox<DrillSpeed> speed = new ComboBox<>(model.speed().options());
        speed.setId("drill-speed");
        speed.valueProperty().bindBidirectional(model.speed().chosen());
        Button start = CommandButtons.of("drill-start", "Start", model.startCommand());
        Button pause = CommandButtons.of("drill-pause", "Pause", model.pauseCommand());
        pause.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(DrillViewModel.State.PAUSED))
                .then("Resume").otherwise("Pause"));

        Button stop = CommandButtons.of("drill-stop", "Stop", model.stopCommand());
        Button emergency = CommandButtons.of("drill-emergency", "Emergency rollback\u2026", model.rollbackCommand(),
                this::confirmEmergencyRollback);
        emergency.getStyleClass().add("danger");
        FlowPane bar = new FlowPane(8, 6, new Label("Scenario"), scenario, open, new Label("Speed"),
                speed, start, pause, stop, emergency);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private void openScenarioFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a drill scenario");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Drill scenario (JSON)", "*.json"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.openScenarioFile(file.toPath());
        }
    }

    private void confirmEmergencyRollback() {
        model.holdForConfirmation(deployment -> new EmergencyRollbackDialog(getScene().getWindow(),
                new EmergencyRollbackViewModel(deployment, operator.get(), HookSettings.RECORD_ONLY_NOTE)).showAndWait()
                .ifPresentOrElse(model::emergencyRollback, model::cancelConfirmation));
    }

    private void showLive(DrillRun run) {
        live = new LiveScreens(run, executor, operator);
        tabs.getTabs().setAll(reportTab);
        for (ConsoleScreen screen : live.screens()) {
            tabs.getTabs().add(tabs.getTabs().size() - 1, new Tab(screen.title(), screen.root()));
        }
        tabs.getSelectionModel().select(0);
        lastRefresh = System.nanoTime();
    }

    /** Reloads the screens now if the last reload is old enough, else once when it is: the last window always shows. */
    private void refreshThrottled() {
        if (live == null || trailingRefresh.getStatus() == Animation.Status.RUNNING) {
            return;
        }
        long waited = System.nanoTime() - lastRefresh;
        if (waited >= REFRESH_NANOS) {
            refreshNow();
        } else {
            trailingRefresh.setDuration(javafx.util.Duration.millis((REFRESH_NANOS - waited) / 1e6));
            trailingRefresh.playFromStart();
        }
    }

    private void refreshNow() {
        trailingRefresh.stop();
        lastRefresh = System.nanoTime();
        if (live != null) {
            live.refresh();
        }
    }

    private static Label centred(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.setPadding(new Insets(24));
        return label;
    }
}
