package io.bellwether.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Composition root of the console (placeholder until the console lands). */
public class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Bellwether");
        stage.setScene(new Scene(new Label("Bellwether console: coming soon"), 640, 400));
        stage.show();
    }
}
