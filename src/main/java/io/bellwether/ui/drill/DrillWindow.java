package io.bellwether.ui.drill;

import io.bellwether.drill.DrillWorkspaces;
import io.bellwether.ui.App;
import io.bellwether.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Drill mode in its own window, over its own drill workspace: never the production records. One
 * drill window at a time: opening it again brings the open one to the front.
 */
public final class DrillWindow {
    private static DrillWindow open;

    private final Stage stage;
    private final DrillViewModel model;

    private DrillWindow(Stage owner, TaskExecutor executor, Supplier<String> operator, Path workspaceLocation) {
        model = new DrillViewModel(executor, operator, workspaceLocation, new TimelineTicker());
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Bellwether \u2014 " + DrillView.BAND_TEXT);
        Scene scene = new Scene(new DrillView(model, executor, operator, workspaceLocation), 1024, 600);
        scene.getStylesheets().add(App.class.getResource("console.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setOnHidden(event -> model.close());
    }

    /** Opens drill mode over the console's drill workspace ({@link DrillWorkspaces#defaultLocation()}). */
    public static DrillWindow open(Stage owner, TaskExecutor executor, Supplier<String> operator) {
        return open(owner, executor, operator, DrillWorkspaces.defaultLocation());
    }

    /** Opens drill mode over the drill workspace at {@code workspaceLocation} (refused if it is production). */
    public static DrillWindow open(Stage owner, TaskExecutor executor, Supplier<String> operator,
                                   Path workspaceLocation) {
        if (open != null && open.stage.isShowing()) {
            open.stage.toFront();
            return open;
        }
        DrillWindow window = new DrillWindow(owner, executor, operator, workspaceLocation);
        open = window;
        window.stage.show();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public DrillViewModel viewModel() {
        return model;
    }
}
