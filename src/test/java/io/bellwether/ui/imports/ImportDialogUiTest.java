package io.bellwether.ui.imports;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.ui.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 item 14: the refused lines are readable without resizing the dialog. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogUiTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private ImportViewModel model;
    private ImportDialog dialog;

    @Start
    void start(Stage stage) {
        workspace = Bellwether.openRecordOnly(dir.resolve("ws"));
        String shadowId = workspace.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        stage.setScene(new Scene(new StackPane(), 1024, 600));
        stage.show();
        model = new ImportViewModel(workspace, new FxTaskExecutor(), Clock.systemUTC(), shadowId, id -> { }, () -> "op");
        dialog = new ImportDialog(stage, model);
        dialog.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> dialog.close());
        WaitForAsyncUtils.waitForFxEvents();
        workspace.close();
    }

    @Test
    void theRefusedLinesListHasAHeightBeforeAnyResize(FxRobot robot) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "primary_latency,shadow_latency,agreement\n-1,0.05,true\n0.03,x,true\n");
        WaitForAsyncUtils.asyncFx(() -> {
            model.form().file().set(bad);
            model.importFile();
        }).get();
        ListView<?> problems = robot.lookup("#importProblems").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> problems.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems.getItems()).hasSize(2);
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getHeight()).isGreaterThanOrEqualTo(100);
    }
}
