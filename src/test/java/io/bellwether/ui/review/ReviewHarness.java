package io.bellwether.ui.review;

import io.bellwether.Bellwether;
import io.bellwether.TestAccounts;
import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.ui.FxTaskExecutor;
import io.bellwether.ui.Screens;
import io.bellwether.ui.common.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the review screen on a filled temporary workspace, to look at it under Xvfb:
 * {@code java -cp ... io.bellwether.ui.review.ReviewHarness [--empty] [comment]}. A comment argument is
 * typed into the comment box, as a manager about to decide would have it; {@code --empty} shows an
 * empty workspace.
 */
public final class ReviewHarness {
    private ReviewHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("bellwether-review");
        TestAccounts accounts = new TestAccounts();
        Workspace workspace = Bellwether.openRecordOnly(folder.resolve("bellwether"), java.time.Clock.systemUTC(), accounts);
        ModelRegistry registry = workspace.registry();
        boolean empty = args.length > 0 && args[0].equals("--empty");
        if (!empty) {
            ReviewFixture.fill(registry, workspace, accounts);
        }
        String comment = String.join(" ", java.util.Arrays.asList(args).subList(empty ? 1 : 0, args.length));
        FxTaskExecutor executor = new FxTaskExecutor();
        Platform.startup(() -> {
            Screen<ReviewViewModel> screen = Screens.review(workspace, executor, () -> ReviewFixture.MANAGER);
            screen.viewModel().commentProperty().set(comment);
            Stage stage = new Stage();
            stage.setTitle("Bellwether: " + screen.title());
            stage.setScene(new Scene((javafx.scene.Parent) screen.root(), 1280, 800));
            stage.setX(0);
            stage.setY(0);
            stage.setOnHidden(event -> {
                executor.close();
                workspace.close();
                Platform.exit();
            });
            stage.show();
        });
    }
}
