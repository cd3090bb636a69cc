package io.bellwether.ui.settings;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.NotificationFormat;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.ui.Fixtures;
import io.bellwether.ui.HeldTaskExecutor;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.notify.WebhookReceiver;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** Settings' notifications without a toolkit: add, masked listing, a failed delivery retried, bad input refused. */
@Timeout(60)
class NotificationsViewModelTest {
    static final String TOKEN = "tok-77a0c1d2e3";
    @TempDir
    Path dir;
    Workspace workspace;
    WebhookReceiver receiver;

    @BeforeEach
    void open() {
        workspace = Bellwether.open(dir.resolve("ws"), Clock.systemUTC());
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void close() {
        receiver.close();
        workspace.close();
    }

    NotificationsViewModel form(io.bellwether.ui.TaskExecutor executor) {
        return new NotificationsViewModel(workspace.notifications(), executor, () -> "op@company.com");
    }

    @Test
    void addsAWebhookOnTheWorkerAndListsItMasked() {
        HeldTaskExecutor worker = new HeldTaskExecutor();
        NotificationsViewModel form = form(worker);
        assertThat(form.addCommand().isExecutable()).as("no URL yet").isFalse();
        form.form().url().set(receiver.url("/hook").toString());
        form.form().format().set(NotificationFormat.JSON);
        form.form().header().set("Authorization: Bearer " + TOKEN);
        form.addCommand().execute();
        assertThat(form.addCommand().isRunning()).isTrue();
        assertThat(workspace.notifications().webhooks()).as("not before the worker ran").isEmpty();
        worker.releaseAll();

        assertThat(form.status().messageProperty().get()).startsWith("Added webhook #1 for production");
        assertThat(form.webhooks()).singleElement().satisfies(row -> assertThat(row.toString())
                .contains("production · json · " + receiver.url("/hook")).contains("Authorization: ***")
                .doesNotContain(TOKEN));
        assertThat(form.form().url().get()).as("the form is cleared").isEmpty();
        assertThat(form.removeCommand().isExecutable()).isFalse();
        form.selectedWebhookProperty().set(form.webhooks().get(0));
        form.removeCommand().execute();
        worker.releaseAll();
        assertThat(form.webhooks()).isEmpty();
        assertThat(workspace.notifications().webhooks()).isEmpty();
    }

    @Test
    void aFailedDeliveryIsShownAndRetriedUntilDelivered() {
        NotificationsViewModel form = form(new InlineTaskExecutor());
        form.form().url().set(receiver.url("/hook").toString());
        form.addCommand().execute();
        receiver.answering(503, "busy");
        String id = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production")).deploymentId();
        workspace.lifecycle().startDeployment(id, "op");
        workspace.lifecycle().rollbackDeployment(id, "latency", "op");
        form.load();

        assertThat(form.deliveries()).singleElement().satisfies(row -> assertThat(row.toString())
                .contains("rollback " + id).contains("FAILED: HTTP 503"));
        assertThat(form.failuresProperty().get()).isEqualTo("1 failed delivery not retried yet.");
        assertThat(form.retryCommand().isExecutable()).isFalse();
        form.selectedDeliveryProperty().set(form.deliveries().get(0));
        assertThat(form.retryCommand().isExecutable()).isTrue();
        form.retryCommand().execute();
        assertThat(form.status().messageProperty().get()).startsWith("The retry failed too: HTTP 503");

        receiver.answering(200, "ok");
        form.selectedDeliveryProperty().set(form.deliveries().get(0));
        form.retryCommand().execute();
        assertThat(form.status().messageProperty().get()).isEqualTo("Delivered on retry.");
        assertThat(form.failuresProperty().get()).isEmpty();
        assertThat(form.deliveries()).hasSize(3);
        assertThat(form.deliveries().get(0).toString()).contains("delivered (200)");
        assertThat(form.deliveries().get(1).toString()).contains("FAILED (retried)");
        assertThat(workspace.notifications().failed()).isEmpty();
        assertThat(receiver.received()).hasSize(3);
    }

    @Test
    void aBadUrlOrHeaderIsRefusedAsOneLineAndNothingIsStored() {
        NotificationsViewModel form = form(new InlineTaskExecutor());
        form.form().url().set("ftp://example.com/x");
        form.addCommand().execute();
        assertThat(form.status().messageProperty().get()).contains("url").contains("http://");
        form.form().url().set(receiver.url("/hook").toString());
        form.form().header().set("no colon here");
        form.addCommand().execute();
        assertThat(form.status().messageProperty().get()).isEqualTo("Header must be 'NAME: VALUE'");
        assertThat(workspace.notifications().webhooks()).isEmpty();
    }
}
