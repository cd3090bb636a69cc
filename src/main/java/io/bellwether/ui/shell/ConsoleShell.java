package io.bellwether.ui.shell;

import io.bellwether.application.port.in.Workspace;
import io.bellwether.ui.common.Derived;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The window's content, following the shell's phase: progress, welcome, console or failure. */
public final class ConsoleShell extends StackPane {
    private final ShellViewModel viewModel;
    private final Supplier<Node> welcome;
    private final Function<Workspace, MainWindow> console;
    private MainWindow current;

    public ConsoleShell(ShellViewModel viewModel, Supplier<Node> welcome, Function<Workspace, MainWindow> console) {
        this.viewModel = viewModel;
        this.welcome = welcome;
        this.console = console;
        getStyleClass().add("console-shell");
        viewModel.phaseProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.phaseProperty().get());
    }

    private void show(ShellViewModel.Phase phase) {
        if (current != null) {
            current.dispose();
            current = null;
        }
        Node content = switch (phase) {
            case OPENING -> progress();
            case WELCOME -> welcome.get();
            case CONSOLE -> current = console.apply(viewModel.workspaceProperty().get());
            case FAILED -> failure();
        };
        getChildren().setAll(content);
    }

    public ShellViewModel viewModel() {
        return viewModel;
    }

    /** Stops the current console's timers. */
    public void dispose() {
        if (current != null) {
            current.dispose();
        }
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("openProgress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> viewModel.openingProperty().get().progress(),
                viewModel.openingProperty()));
        Label message = label("openProgressMessage", Derived.text(viewModel.openingProperty(),
                ShellViewModel.Opening::message));
        return centred(10, message, bar);
    }

    private Node failure() {
        Label message = label("openError", viewModel.errorProperty().map(text -> text.startsWith("cannot open") ? text
                : "Could not open the workspace " + viewModel.shownLocation() + ":\n" + text));
        message.setWrapText(true);
        message.setMaxWidth(620);
        Button retry = new Button("Retry");
        retry.setId("openRetry");
        retry.setDefaultButton(true);
        retry.setOnAction(event -> viewModel.retry());
        Button other = new Button("Open another workspace\u2026");
        other.setId("openOther");
        other.setOnAction(event -> chooseOther());
        HBox buttons = new HBox(10, retry, other);
        buttons.setAlignment(Pos.CENTER);
        return centred(14, message, buttons);
    }

    private static Label label(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static VBox centred(double spacing, Node... children) {
        VBox box = new VBox(spacing, children);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void chooseOther() {
        new OpenWorkspaceDialog(getScene().getWindow(), new OpenWorkspaceViewModel()).showAndWait()
                .ifPresent(viewModel::openOther);
    }
}
