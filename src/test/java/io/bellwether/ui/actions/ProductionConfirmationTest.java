package io.bellwether.ui.actions;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.ui.Fixtures;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.ScriptedPrompts;
import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class ProductionConfirmationTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final SimpleObjectProperty<Deployment> selected = new SimpleObjectProperty<>();
    private DeploymentActions actions;

    @BeforeEach
    void open() {
        workspace = Bellwether.openRecordOnly(dir.resolve("ws"));
        actions = new DeploymentActions(workspace, new InlineTaskExecutor(), prompts, selected,
                new SimpleStringProperty("alice"), id -> selected.set(workspace.queries().getDeployment(id)), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private DeploymentStatus status(Deployment d) {
        return workspace.queries().getDeployment(d.deploymentId()).status();
    }

    @Test
    void startInProductionAsksWithContextAndWarnsOfAnotherLiveCanary() {
        Deployment running = workspace.lifecycle().createDeployment(Fixtures.canary("v1.0.0", "production"));
        workspace.lifecycle().startDeployment(running.deploymentId(), "bob");
        Deployment next = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        selected.set(next);
        prompts.goAhead = false;

        actions.startCommand().execute();

        assertThat(status(next)).as("declined").isEqualTo(DeploymentStatus.PENDING);
        assertThat(prompts.confirmations).singleElement().satisfies(step -> {
            assertThat(step.title()).isEqualTo("Start: fraud_detector:v2.0.0 in production");
            assertThat(step.facts()).contains("Environment: production", "Status: pending",
                    "Gate: no health check recorded");
            assertThat(step.facts().get(2)).startsWith("Current stage: not started");
            assertThat(step.warnings()).singleElement().asString().contains("Another live canary of fraud_detector",
                    "fraud_detector:v1.0.0");
        });

        prompts.goAhead = true;
        actions.startCommand().execute();
        assertThat(status(next)).isEqualTo(DeploymentStatus.IN_PROGRESS);
    }

    @Test
    void completeWarnsWhenNoCheckExistsOrTheGateHasNotPassed() {
        Deployment d = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        workspace.lifecycle().startDeployment(d.deploymentId(), "alice");
        selected.set(workspace.queries().getDeployment(d.deploymentId()));
        prompts.goAhead = false;

        actions.completeCommand().execute();
        assertThat(prompts.confirmations.get(0).warnings()).singleElement().asString().startsWith("No health check exists");

        workspace.health().addHealthCheck(d.deploymentId(), HealthStatus.UNHEALTHY,
                new PerformanceMetrics(0.035, 0.050, 0.075, 0.04, 1000.0), "errors up", "alice");
        actions.completeCommand().execute();
        assertThat(prompts.confirmations.get(1).warnings()).singleElement().asString()
                .startsWith("The gate has not passed: Rules breached, not acted on");
        assertThat(prompts.confirmations.get(1).facts()).anySatisfy(fact -> assertThat(fact).startsWith("Last check: "));
        assertThat(status(d)).isEqualTo(DeploymentStatus.IN_PROGRESS);
    }

    @Test
    void outsideProductionNothingIsAsked() {
        Deployment d = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "staging"));
        selected.set(d);

        actions.startCommand().execute();

        assertThat(prompts.confirmations).isEmpty();
        assertThat(status(d)).isEqualTo(DeploymentStatus.IN_PROGRESS);
    }
}
