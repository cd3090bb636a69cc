package io.bellwether.ui.actions;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.ui.Fixtures;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.ScriptedPrompts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class DeploymentActionsTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final SimpleObjectProperty<Deployment> selected = new SimpleObjectProperty<>();
    private final SimpleStringProperty operator = new SimpleStringProperty("alice");
    private final List<String> changed = new ArrayList<>();
    private DeploymentActions actions;

    @BeforeEach
    void open() {
        workspace = Bellwether.openRecordOnly(dir.resolve("ws"));
        actions = new DeploymentActions(workspace, new InlineTaskExecutor(), prompts, selected, operator,
                id -> {
                    changed.add(id);
                    if (id.startsWith("deploy_")) {
                        selected.set(workspace.queries().getDeployment(id));
                    }
                }, java.time.Clock.systemUTC());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Deployment stored(String id) {
        return workspace.queries().getDeployment(id);
    }

    @Test
    void commandsFollowTheSelectedDeploymentsLifecycle() {
        assertThat(actions.startCommand().isExecutable()).isFalse();
        Deployment pending = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        selected.set(pending);
        assertThat(actions.startCommand().isExecutable()).isTrue();
        assertThat(actions.completeCommand().isExecutable()).isFalse();
        assertThat(actions.emergencyRollbackCommand().isExecutable()).isFalse();

        actions.startCommand().execute();
        assertThat(stored(pending.deploymentId()).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(changed).containsExactly(pending.deploymentId());
        assertThat(actions.startCommand().isExecutable()).isFalse();
        assertThat(actions.completeCommand().isExecutable()).isTrue();
        assertThat(actions.emergencyRollbackCommand().isExecutable()).isTrue();

        actions.completeCommand().execute();
        assertThat(stored(pending.deploymentId()).status()).isEqualTo(DeploymentStatus.ACTIVE);
        assertThat(actions.status().messageProperty().get())
                .isEqualTo("Completed fraud_detector:v2.0.0 as alice; record only: no traffic moved");
        assertThat(actions.completeCommand().isExecutable()).isFalse();
        assertThat(actions.emergencyRollbackCommand().isExecutable()).isTrue();
    }

    @Test
    void emergencyRollbackRecordsTheReasonTheOperatorAndACriticalEvent() {
        Deployment d = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        workspace.lifecycle().startDeployment(d.deploymentId(), "alice");
        selected.set(stored(d.deploymentId()));
        prompts.reason = "EMERGENCY: checkout errors";
        operator.set("sre-engineer@company.com");

        actions.emergencyRollbackCommand().execute();

        Deployment rolledBack = stored(d.deploymentId());
        assertThat(rolledBack.status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(rolledBack.rollbackReason()).isEqualTo("EMERGENCY: checkout errors");
        assertThat(rolledBack.rollbackTriggeredBy()).isEqualTo("sre-engineer@company.com");
        List<AuditEvent> rollbacks = workspace.audit().query(new AuditQuery(EventType.MODEL_ROLLED_BACK, null, null,
                d.deploymentId(), null, null));
        assertThat(rollbacks).singleElement().satisfies(event -> {
            assertThat(event.severity()).isEqualTo(EventSeverity.CRITICAL);
            assertThat(event.user()).isEqualTo("sre-engineer@company.com");
        });
        assertThat(actions.emergencyRollbackCommand().isExecutable()).isFalse();
        assertThat(prompts.trafficNotes).as("the dialog says it before the operator confirms")
                .containsExactly("record only: no traffic moved");
        assertThat(actions.status().messageProperty().get()).endsWith("; record only: no traffic moved");
    }

    @Test
    void aCancelledConfirmationChangesNothing() {
        Deployment d = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        workspace.lifecycle().startDeployment(d.deploymentId(), "alice");
        selected.set(stored(d.deploymentId()));
        prompts.reason = null;

        actions.emergencyRollbackCommand().execute();

        assertThat(prompts.askedAbout).containsExactly(d.deploymentId());
        assertThat(stored(d.deploymentId()).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(changed).isEmpty();
    }

    @Test
    void aRefusedTransitionIsShownAndTheViewsReload() {
        Deployment d = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        selected.set(d);
        workspace.lifecycle().startDeployment(d.deploymentId(), "bob");

        actions.startCommand().execute();

        assertThat(prompts.errors).singleElement().asString().startsWith("Start failed: Cannot start deployment")
                .contains("in_progress");
        assertThat(changed).containsExactly(d.deploymentId());
        assertThat(actions.status().busyProperty().get()).isFalse();
    }

    @Test
    void newDeploymentAndShadowAreCreatedFromTheirForms() {
        prompts.deploymentRequest = Fixtures.direct("churn_predictor", "v3.1.0", "staging");
        actions.newDeploymentCommand().execute();
        assertThat(changed).hasSize(1);
        assertThat(stored(changed.get(0)).modelRef()).isEqualTo("churn_predictor:v3.1.0");

        prompts.shadowRequest = new ShadowRequest("fraud_detector:v1.0.0", "fraud_detector:v2.0.0", 50.0);
        actions.newShadowDeploymentCommand().execute();
        assertThat(workspace.queries().listShadowDeployments()).singleElement()
                .satisfies(s -> assertThat(s.trafficPercentage()).isEqualTo(50.0));
    }
}
