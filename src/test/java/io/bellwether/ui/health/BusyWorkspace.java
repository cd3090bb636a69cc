package io.bellwether.ui.health;

import io.bellwether.ui.views.ScreenFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The busy {@link ScreenFixtures} (100 shadow comparisons) in a temporary folder, for one test class. */
final class BusyWorkspace implements BeforeAllCallback, AfterAllCallback {
    private Path folder;
    private ScreenFixtures fixtures;

    ScreenFixtures fixtures() {
        return fixtures;
    }

    /** Shows {@code root} as a test scene of 1024x600. */
    void show(javafx.stage.Stage stage, javafx.scene.Node root) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(root), 1024, 600));
        stage.show();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("bellwether-busy");
        fixtures = ScreenFixtures.busy(folder, 100);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        fixtures.workspace.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
