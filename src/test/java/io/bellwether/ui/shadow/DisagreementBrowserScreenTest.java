package io.bellwether.ui.shadow;

import io.bellwether.io.DisagreementExport;
import io.bellwether.ui.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/** The browser on screen: a click on a confusion-table row filters the list, and Export CSV writes that filter. */
@ExtendWith(ApplicationExtension.class)
class DisagreementBrowserScreenTest {
    @TempDir
    static Path directory;
    static DisagreementFixture fixture;
    DisagreementBrowserViewModel model;

    @BeforeAll
    static void fill() {
        fixture = new DisagreementFixture(directory);
    }

    @AfterAll
    static void close() {
        fixture.workspace.close();
    }

    @Start
    void start(Stage stage) {
        model = new DisagreementBrowserViewModel(fixture.workspace.shadows().disagreements(), new FxTaskExecutor());
        DisagreementBrowserView view = new DisagreementBrowserView(model, (owner, format) ->
                directory.resolve("export." + format.extension()));
        stage.setScene(new Scene(view, 1200, 660));
        stage.show();
        model.show(fixture.shadowId);
    }

    @Test
    void clickingAPairFiltersTheListAndExportWritesIt(FxRobot robot) throws Exception {
        TableView<?> pairs = robot.lookup("#disagreements-pairs").queryAs(TableView.class);
        TableView<?> rows = robot.lookup("#disagreements-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pairs.getItems().size() == 3 && rows.getItems().size() == 50);
        Label page = robot.lookup("#disagreements-page").queryAs(Label.class);
        assertThat(page.getText()).isEqualTo("1–50 of 600 disagreements · page 1 of 12");

        int fraudLegit = model.pairs().indexOf(model.pairs().stream().filter(p -> p.primary().equals("fraud"))
                .findFirst().orElseThrow());
        robot.clickOn(robot.lookup("#disagreements-pairs .table-row-cell").nth(fraudLegit).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.getText().endsWith("of 200 disagreements · page 1 of 4"));
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.primary() + ">" + r.shadow()).isEqualTo("fraud>legit"));
        assertThat(robot.lookup("#disagreements-pair").queryAs(Label.class).getText())
                .isEqualTo("Only primary fraud → shadow legit");

        robot.clickOn("#disagreements-export-csv");
        Path csv = directory.resolve("export.csv");
        Label status = robot.lookup("#disagreements-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Exported"));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(String.join(",", DisagreementExport.COLUMNS));
        assertThat(lines).hasSize(201);
        assertThat(lines.subList(1, 201)).allSatisfy(line -> assertThat(line).contains("\"\"\"fraud\"\"\",\"\"\"legit\"\"\""));
        assertThat(status.getText()).isEqualTo("Exported 200 disagreements to " + csv);
    }
}
