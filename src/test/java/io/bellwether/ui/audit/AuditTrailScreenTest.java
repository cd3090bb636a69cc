package io.bellwether.ui.audit;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.ui.FxTaskExecutor;
import io.bellwether.ui.Screens;
import io.bellwether.ui.common.Screen;
import io.bellwether.ui.views.ScreenFixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class AuditTrailScreenTest {
    static final long TAMPERED = 5;
    @TempDir
    static Path directory;
    static Workspace workspace;

    /** Fills a workspace, closes it, edits one stored event behind the trail's back, reopens it. */
    @BeforeAll
    static void fillAndTamper() throws Exception {
        ScreenFixtures.busy(directory, 100).workspace.close();
        Path database = directory.resolve("bellwether");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database);
             Statement update = connection.createStatement()) {
            assertThat(update.executeUpdate("UPDATE audit_events SET user_name = 'mallory' WHERE sequence = " + TAMPERED))
                    .isEqualTo(1);
        }
        workspace = Bellwether.openRecordOnly(database);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    Screen<AuditTrailViewModel> screen;

    @Start
    void start(Stage stage) {
        screen = Screens.audit(workspace, new FxTaskExecutor());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(screen.root()), 1024, 600));
        stage.show();
    }

    @Test
    void showsEveryEventAndFindsTheTamperedOne(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#audit-table").queryAs(TableView.class);
        int stored = workspace.audit().query(AuditQuery.ALL).size();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == stored);

        robot.clickOn("#audit-verify");
        Label verification = robot.lookup("#audit-verification").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> verification.getText().startsWith("Chain BROKEN"));

        assertThat(verification.getText()).startsWith("Chain BROKEN at event #" + TAMPERED + ": ");
        assertThat(screen.viewModel().verificationProperty().get().firstBrokenSequence()).isEqualTo(TAMPERED);
    }

    @Test
    void filtersByUserFromTheFilterBar(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#audit-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        int alices = workspace.audit().query(new AuditQuery(null, "alice", null, null, null, null)).size();

        robot.clickOn("#audit-user").write("alice");
        robot.clickOn("#audit-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == alices);

        assertThat(alices).isGreaterThan(1);
        assertThat(robot.lookup("#audit-status").queryAs(Label.class).getText()).isEqualTo(alices + " events");
    }
}
