package io.bellwether.ui.actions;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventType;
import io.bellwether.ui.Fixtures;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.ScriptedPrompts;
import io.bellwether.ui.timeline.TimelineEvent;
import io.bellwether.ui.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** A rollback whose traffic hook failed stands, is shown, and offers a retry that calls the hook again. */
class RollbackHookRetryTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final SimpleObjectProperty<Deployment> selected = new SimpleObjectProperty<>();
    private DeploymentActions actions;

    @BeforeEach
    void open() {
        workspace = Bellwether.open(dir.resolve("ws"));
        actions = new DeploymentActions(workspace, new InlineTaskExecutor(),
                prompts, selected, new SimpleStringProperty("alice"),
                id -> selected.set(workspace.queries().getDeployment(id)), java.time.Clock.systemUTC());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void hook(String program) {
        workspace.trafficHooks().set(HookSettings.command("production", List.of(program), Duration.ofSeconds(10)), "alice");
    }

    @Test
    void aFailedRollbackHookIsShownAndRetried() {
        Deployment d = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        workspace.lifecycle().startDeployment(d.deploymentId(), "alice");
        selected.set(workspace.queries().getDeployment(d.deploymentId()));
        assertThat(actions.retryRollbackHookCommand().isExecutable()).isFalse();
        hook("false");
        prompts.reason = "EMERGENCY: checkout errors";

        actions.emergencyRollbackCommand().execute();

        assertThat(workspace.queries().getDeployment(d.deploymentId()).status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(actions.failedRollbackHookProperty().get()).startsWith("command false: exit code 1");
        assertThat(actions.retryRollbackHookCommand().isExecutable()).isTrue();

        hook("true");
        actions.retryRollbackHookCommand().execute();

        assertThat(actions.failedRollbackHookProperty().get()).isNull();
        assertThat(actions.retryRollbackHookCommand().isExecutable()).isFalse();
        assertThat(actions.status().messageProperty().get()).startsWith("Rollback hook of fraud_detector:v2.0.0 succeeded on retry");
        assertThat(workspace.audit().query(new AuditQuery(EventType.TRAFFIC_HOOK_FAILED, null, null, d.deploymentId(), null, null)))
                .hasSize(1);
    }

    @Test
    void aRetryThatFailsAgainIsReportedAndStaysOffered() {
        Deployment d = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        workspace.lifecycle().startDeployment(d.deploymentId(), "alice");
        hook("false");
        workspace.lifecycle().emergencyRollback(d.deploymentId(), "EMERGENCY: checkout errors", "alice");
        selected.set(workspace.queries().getDeployment(d.deploymentId()));
        assertThat(actions.retryRollbackHookCommand().isExecutable()).isTrue();

        actions.retryRollbackHookCommand().execute();

        assertThat(prompts.errors).singleElement().asString().startsWith("Retry rollback hook failed: The rollback hook of deployment");
        assertThat(actions.failedRollbackHookProperty().get()).isNotNull();
    }

    @Test
    void theTimelineShowsEveryHookCallOfTheDeployment() {
        Deployment d = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        workspace.lifecycle().startDeployment(d.deploymentId(), "alice");
        hook("false");
        workspace.lifecycle().emergencyRollback(d.deploymentId(), "EMERGENCY: checkout errors", "alice");
        TimelineViewModel timeline = new TimelineViewModel(workspace.queries(), workspace.audit(),
                new InlineTaskExecutor(), java.time.Clock.systemUTC());
        timeline.load();
        assertThat(timeline.lanes()).singleElement().satisfies(lane -> assertThat(lane.events())
                .extracting(TimelineEvent::kind).contains(TimelineEvent.Kind.HOOK_CALLED, TimelineEvent.Kind.HOOK_FAILED));
    }
}
