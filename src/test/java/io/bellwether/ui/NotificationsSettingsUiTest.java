package io.bellwether.ui;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.NotificationFormat;
import io.bellwether.application.port.in.NotificationWebhook;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.notify.WebhookReceiver;
import io.bellwether.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** Settings' Notifications tab lists the webhook masked and the failed delivery, and Retry delivers it. */
@ExtendWith(ApplicationExtension.class)
class NotificationsSettingsUiTest {
    static final String TOKEN = "tok-0c1d2e3f44";
    @TempDir
    static Path dir;
    private final ConsoleUi console = new ConsoleUi();
    private static WebhookReceiver receiver;

    /** Before the toolkit's setup, which is bounded: the failed delivery is made here. */
    @BeforeAll
    static void failedDelivery() {
        receiver = WebhookReceiver.start().answering(500, "down");
        Path database = dir.resolve("ws");
        try (Workspace setup = Bellwether.open(database, Clock.systemUTC())) {
            setup.notifications().add(new NotificationWebhook(0, "production", receiver.url("/hook"),
                    NotificationFormat.JSON, List.of(new io.bellwether.application.port.in.HookHeader("Authorization",
                    "Bearer " + TOKEN, false)), null, null), "sre");
            String id = setup.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production")).deploymentId();
            setup.lifecycle().startDeployment(id, "op");
            setup.lifecycle().rollbackDeployment(id, "latency", "op");
        }
    }

    @Start
    void start(Stage stage) {
        console.start(stage, dir.resolve("ws"));
    }

    @AfterEach
    void stop() throws Exception {
        console.stop();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void theFailedDeliveryIsShownAndRetryDeliversIt(FxRobot robot) throws Exception {
        console.waitForPhase(ShellViewModel.Phase.CONSOLE, 30);
        robot.clickOn("#settingsButton");
        robot.clickOn(robot.lookup(".tab-pane .tab").match(node -> node.lookup(".tab-label") != null
                && ((javafx.scene.control.Labeled) node.lookup(".tab-label")).getText().equals("Notifications"))
                .queryAs(javafx.scene.Node.class));
        ListView<?> log = robot.lookup("#deliveryLog").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> log.getItems().size() == 1);
        assertThat(log.getItems().get(0).toString()).contains("FAILED: HTTP 500");
        ListView<?> webhooks = robot.lookup("#webhookList").queryAs(ListView.class);
        assertThat(webhooks.getItems().get(0).toString()).contains("Authorization: ***").doesNotContain(TOKEN);
        assertThat(robot.lookup("#retryDeliveryButton").queryButton().isDisabled()).isTrue();

        receiver.answering(200, "ok");
        robot.clickOn("#deliveryLog .list-cell");
        robot.clickOn("#retryDeliveryButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Delivered on retry.".equals(
                ConsoleUi.text(robot, "#notificationsMessage")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> log.getItems().size() == 2);
        assertThat(log.getItems().get(0).toString()).contains("delivered (200)");
        assertThat(receiver.received()).hasSize(2);
        robot.clickOn(robot.lookup(".dialog-pane .button").match(node -> "Cancel".equals(((Button) node).getText()))
                .queryButton());
    }
}
