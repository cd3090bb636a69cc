package io.bellwether.ui.review;

import io.bellwether.Bellwether;
import io.bellwether.TestAccounts;
import io.bellwether.application.port.in.ModelRegistry;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.PromotionStatus;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.ui.FxTaskExecutor;
import io.bellwether.ui.Screens;
import io.bellwether.ui.common.Screen;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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

/** A manager approves a request on the screen and creates the canary from it; the store has both. */
@ExtendWith(ApplicationExtension.class)
class ReviewScreenTest {
    @TempDir
    Path folder;
    Workspace workspace;
    final TestAccounts accounts = new TestAccounts();
    ModelRegistry registry;
    FxTaskExecutor executor;
    Screen<ReviewViewModel> screen;

    @Start
    void start(Stage stage) {
        workspace = Bellwether.openRecordOnly(folder.resolve("bellwether"), java.time.Clock.systemUTC(), accounts);
        registry = workspace.registry();
        ReviewFixture.fill(registry, workspace, accounts);
        executor = new FxTaskExecutor();
        screen = Screens.review(workspace, executor, () -> ReviewFixture.MANAGER);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(screen.root()), 1024, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        workspace.close();
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void approvesARequestAndCreatesTheCanaryFromIt(FxRobot robot) throws Exception {
        ListView<?> requests = robot.lookup("#review-requests").queryAs(ListView.class);
        TableView<?> latencies = robot.lookup("#review-latencies").queryAs(TableView.class);
        await(() -> requests.getItems().size() == 2 && latencies.getItems().size() == 3);
        Button approve = robot.lookup("#review-approve").queryButton();
        Button canary = robot.lookup("#review-create-canary").queryButton();
        assertThat(robot.lookup(".review-verdict").queryAs(Label.class).getText()).isEqualTo("READY for promotion");
        assertThat(robot.lookup("#review-agreement").queryAs(Label.class).getText()).contains("99.00% must be above 95.00%");
        javafx.scene.chart.BarChart<?, ?> chart = robot.lookup("#review-latency-chart")
                .queryAs(javafx.scene.chart.BarChart.class);
        assertThat(chart.getData()).hasSize(2).allSatisfy(series -> assertThat(series.getData()).hasSize(3));
        // Issue 14 item 13: the chart draws latency in ms, as the table beside it prints it.
        assertThat(((javafx.scene.chart.NumberAxis) chart.getYAxis()).getLabel()).isEqualTo("latency [ms]");
        ReviewViewModel.LatencyLine p50 = (ReviewViewModel.LatencyLine) latencies.getItems().get(0);
        assertThat(((Number) ((javafx.scene.chart.XYChart.Series<?, ?>) chart.getData().get(0)).getData().get(0).getYValue()).doubleValue())
                .isEqualTo(p50.primary() * 1000);
        assertThat(approve.isDisabled()).as("no comment yet").isTrue();
        assertThat(canary.isDisabled()).isTrue();

        robot.clickOn("fraud_detector v2.0.0 \u2192 production");
        robot.clickOn("#review-comment").write("Shadow agreement 99 %, latency within budget");
        assertThat(approve.isDisabled()).isFalse();
        robot.clickOn(approve);
        await(() -> !canary.isDisabled());

        PromotionRequest stored = registry.latestPromotion("fraud_detector", "v2.0.0").orElseThrow();
        assertThat(stored.status()).isEqualTo(PromotionStatus.APPROVED);
        assertThat(stored.reviewer()).isEqualTo(ReviewFixture.MANAGER);
        assertThat(stored.comment()).isEqualTo("Shadow agreement 99 %, latency within budget");
        assertThat(registry.getModel("fraud_detector", "v2.0.0").stage()).isEqualTo(ModelStage.PRODUCTION);
        assertThat(robot.lookup("#review-message").queryAs(Label.class).getText())
                .startsWith("Approved fraud_detector:v2.0.0 for production");

        robot.clickOn(canary);
        // issue 18: with checklist items unmet (record-only traffic, no binding, nobody confirmed) the canary needs a reason
        await(() -> robot.lookup("#review-message").queryAs(Label.class).getText().contains("checklist items are not met"));
        assertThat(screen.viewModel().createdDeploymentProperty().get()).isNull();
        robot.clickOn("#review-comment").write("Rollout drill: traffic is moved by hand");
        robot.clickOn(canary);
        await(() -> screen.viewModel().createdDeploymentProperty().get() != null);

        List<Deployment> canaries = workspace.queries().listDeployments(DeploymentStatus.PENDING, "production")
                .stream().filter(d -> d.strategy() == DeploymentStrategy.CANARY).toList();
        assertThat(canaries).hasSize(1);
        Deployment created = canaries.get(0);
        assertThat(created.modelRef()).isEqualTo("fraud_detector:v2.0.0");
        assertThat(created.createdBy()).isEqualTo(ReviewFixture.MANAGER);
        assertThat(created.rollbackConfig()).isEqualTo(RollbackConfig.BALANCED);
        assertThat(created.metadata()).containsEntry("initial_traffic", 0.05)
                .containsEntry("promotion_request", (int) stored.id());
        assertThat(robot.lookup("#review-message").queryAs(Label.class).getText())
                .contains(created.deploymentId());
        assertThat(canary.isDisabled()).isTrue();
    }

    @Test
    void aChecklistLinkGoesToItsEvidenceAndALongMessageLeavesTheButtonsStill(FxRobot robot) throws Exception {
        List<io.bellwether.domain.PreDeploymentCheck.Link> opened = new java.util.ArrayList<>();
        screen.setNavigator(opened::add);
        ListView<?> requests = robot.lookup("#review-requests").queryAs(ListView.class);
        await(() -> requests.getItems().size() == 2);
        robot.clickOn("fraud_detector v2.0.0 \u2192 production");
        ListView<?> checklist = robot.lookup("#review-checklist").queryAs(ListView.class);
        await(() -> checklist.getItems().size() == 7 && robot.lookup("#review-checklist-link-shadow_completed")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        String shadowId = workspace.queries().listShadowDeployments().get(0).shadowId();

        robot.clickOn(robot.lookup("#review-checklist-link-shadow_completed").match(org.testfx.util.NodeQueryUtils.isVisible())
                .queryAs(javafx.scene.control.Hyperlink.class));
        assertThat(opened).containsExactly(new io.bellwether.domain.PreDeploymentCheck.Link(
                io.bellwether.domain.PreDeploymentCheck.Place.SHADOW, shadowId));

        Button approve = robot.lookup("#review-approve").queryButton();
        javafx.scene.Node bar = robot.lookup(".review-decision").query();
        double barHeight = bar.getLayoutBounds().getHeight();
        double approveY = approve.localToScene(0, 0).getY();
        robot.interact(() -> screen.viewModel().status().say("Refused: " + "the unmet checklist items need a reason ".repeat(12)));
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#review-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Refused:");
        assertThat(message.getTooltip().getText()).isEqualTo(message.getText());
        assertThat(bar.getLayoutBounds().getHeight()).isEqualTo(barHeight);
        assertThat(approve.localToScene(0, 0).getY()).isEqualTo(approveY);
    }
}
