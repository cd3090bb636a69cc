package io.bellwether.application;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.IllegalTransitionException;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.LifecycleAction;
import io.bellwether.domain.RollbackConfig;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeploymentLifecycleTest extends WorkspaceTestBase {

    @Test
    void createStoresEverythingAsPendingWithAGuideStyleIdAndAudit() {
        Deployment created = service.lifecycle().createDeployment(canaryRequest().metadata("target_traffic", 1.0).build());

        assertThat(created.deploymentId()).isEqualTo("deploy_20260314_092653_fraud_detector_v2.0.0");
        assertThat(created.status()).isEqualTo(DeploymentStatus.PENDING);
        assertThat(created.environment()).isEqualTo("production");
        assertThat(created.createdAt()).isEqualTo(Instant.parse("2026-03-14T09:26:53Z"));
        reopen();
        Deployment stored = service.queries().getDeployment(created.deploymentId());
        assertThat(stored).isEqualTo(created);
        assertThat(stored.baselineMetrics()).isEqualTo(BASELINE);
        assertThat(stored.rollbackConfig()).isEqualTo(RollbackConfig.BALANCED);
        assertThat(stored.metadata()).containsEntry("initial_traffic", 0.05).containsEntry("target_traffic", 1.0);
        AuditEvent event = lastEvent();
        assertThat(event.type()).isEqualTo(EventType.DEPLOYMENT_CREATED);
        assertThat(event.user()).isEqualTo("devops@company.com");
        assertThat(event.resourceId()).isEqualTo(created.deploymentId());
        assertThat(event.details()).containsEntry("model", "fraud_detector:v2.0.0");
    }

    @Test
    void idsInTheSameSecondGetASuffix() {
        String first = service.lifecycle().createDeployment(canaryRequest().build()).deploymentId();
        String second = service.lifecycle().createDeployment(canaryRequest().build()).deploymentId();
        String third = service.lifecycle().createDeployment(canaryRequest().build()).deploymentId();

        assertThat(second).isEqualTo(first + "_2");
        assertThat(third).isEqualTo(first + "_3");
    }

    @Test
    void idsKeepOnlyShellFriendlyCharacters() {
        Deployment d = service.lifecycle().createDeployment(DeploymentRequest.builder("fraud detector/eu", "v2;rm",
                DeploymentStrategy.DIRECT, "me").build());

        assertThat(d.deploymentId()).isEqualTo("deploy_20260314_092653_fraud_detector_eu_v2_rm");
        assertThat(d.modelName()).isEqualTo("fraud detector/eu");
    }

    @Test
    void createRefusesMissingFieldsNamingThem() {
        assertThatThrownBy(() -> service.lifecycle().createDeployment(DeploymentRequest.builder(" ", "v1",
                DeploymentStrategy.CANARY, "me").build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("model_name");
        assertThatThrownBy(() -> service.lifecycle().createDeployment(DeploymentRequest.builder("m", "v1", null, "me").build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("strategy");
        assertThatThrownBy(() -> service.lifecycle().createDeployment(DeploymentRequest.builder("m", "v1",
                DeploymentStrategy.CANARY, "").build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("created_by");
        assertThat(service.queries().listDeployments(null, null)).isEmpty();
        assertThat(events()).isEmpty();
    }

    @Test
    void startThenCompleteRecordTimesAndAuditAsTheGuide() {
        String id = create().deploymentId();
        tick();
        service.lifecycle().startDeployment(id, "alice");
        Instant started = clock.instant();
        tick();
        service.lifecycle().completeDeployment(id, "bob");

        Deployment d = service.queries().getDeployment(id);
        assertThat(d.status()).isEqualTo(DeploymentStatus.ACTIVE);
        assertThat(d.startedAt()).isEqualTo(started);
        assertThat(d.completedAt()).isEqualTo(clock.instant());
        AuditEvent start = eventsOf(EventType.DEPLOYMENT_STARTED).get(0);
        assertThat(start.user()).isEqualTo("alice");
        AuditEvent deployed = eventsOf(EventType.MODEL_DEPLOYED).get(0);
        assertThat(deployed.user()).isEqualTo("bob");
        assertThat(deployed.severity()).isEqualTo(EventSeverity.INFO);
        assertThat(deployed.details()).containsEntry("model_name", "fraud_detector")
                .containsEntry("version", "v2.0.0").containsEntry("environment", "production")
                .containsEntry("strategy", "canary");
    }

    @Test
    void operatorlessOverloadsActAsTheSystemUser() {
        String id = create().deploymentId();
        service.lifecycle().startDeployment(id, Operators.systemUser());
        service.lifecycle().completeDeployment(id, Operators.systemUser());

        assertThat(eventsOf(EventType.DEPLOYMENT_STARTED).get(0).user()).isEqualTo(Operators.systemUser());
        assertThat(eventsOf(EventType.MODEL_DEPLOYED).get(0).user()).isEqualTo(Operators.systemUser());
    }

    @Test
    void failKeepsTheReasonAndIsAnError() {
        String id = deploymentIn(DeploymentStatus.ACTIVE).deploymentId();
        service.lifecycle().failDeployment(id, "GPU node lost", Operators.systemUser());

        Deployment d = service.queries().getDeployment(id);
        assertThat(d.status()).isEqualTo(DeploymentStatus.FAILED);
        assertThat(d.metadata()).containsEntry("failure_reason", "GPU node lost");
        assertThat(lastEvent().type()).isEqualTo(EventType.DEPLOYMENT_FAILED);
        assertThat(lastEvent().severity()).isEqualTo(EventSeverity.ERROR);
        assertThat(lastEvent().details()).containsEntry("previous_status", "active");
    }

    @Test
    void cancelKeepsTheReasonAndTheUser() {
        String id = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.lifecycle().cancelDeployment(id, "wrong model", "carol");

        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.CANCELLED);
        assertThat(service.queries().getDeployment(id).metadata()).containsEntry("cancel_reason", "wrong model");
        assertThat(lastEvent().type()).isEqualTo(EventType.DEPLOYMENT_CANCELLED);
        assertThat(lastEvent().user()).isEqualTo("carol");
    }

    @Test
    void manualRollbackStoresReasonAndWhoAndIsAWarning() {
        String id = deploymentIn(DeploymentStatus.ACTIVE).deploymentId();
        tick();
        service.lifecycle().rollbackDeployment(id, "Manual rollback due to business metric degradation", "sre@company.com");

        Deployment d = service.queries().getDeployment(id);
        assertThat(d.status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(d.rolledBackAt()).isEqualTo(clock.instant());
        assertThat(d.rollbackReason()).isEqualTo("Manual rollback due to business metric degradation");
        assertThat(d.rollbackTriggeredBy()).isEqualTo("sre@company.com");
        AuditEvent event = lastEvent();
        assertThat(event.type()).isEqualTo(EventType.MODEL_ROLLED_BACK);
        assertThat(event.severity()).isEqualTo(EventSeverity.WARNING);
        assertThat(event.user()).isEqualTo("sre@company.com");
        assertThat(event.action()).isEqualTo("rollback");
    }

    @Test
    void rollbackSeverityFollowsReasonAndTrigger() {
        String emergency = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.lifecycle().rollbackDeployment(emergency, "EMERGENCY: Critical production issue", "on-call@company.com");
        assertThat(lastEvent().severity()).isEqualTo(EventSeverity.CRITICAL);

        String automated = deploymentIn(DeploymentStatus.ACTIVE).deploymentId();
        service.lifecycle().rollbackDeployment(automated, "Error rate 9.00% exceeds threshold 5.00%", "automated");
        assertThat(lastEvent().severity()).isEqualTo(EventSeverity.ERROR);
    }

    @Test
    void emergencyRollbackIsAlwaysCritical() {
        String id = deploymentIn(DeploymentStatus.ACTIVE).deploymentId();
        service.lifecycle().emergencyRollback(id, "checkout errors spiking", "dave");

        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(service.queries().getDeployment(id).rollbackTriggeredBy()).isEqualTo("dave");
        AuditEvent event = lastEvent();
        assertThat(event.severity()).isEqualTo(EventSeverity.CRITICAL);
        assertThat(event.action()).isEqualTo("emergency_rollback");
        assertThat(event.details()).containsEntry("reason", "checkout errors spiking");
    }

    static Stream<Arguments> refusedTransitions() {
        Stream.Builder<Arguments> refused = Stream.builder();
        refused.add(Arguments.of(DeploymentStatus.PENDING, LifecycleAction.COMPLETE));
        refused.add(Arguments.of(DeploymentStatus.PENDING, LifecycleAction.ROLLBACK));
        refused.add(Arguments.of(DeploymentStatus.IN_PROGRESS, LifecycleAction.START));
        refused.add(Arguments.of(DeploymentStatus.ACTIVE, LifecycleAction.START));
        refused.add(Arguments.of(DeploymentStatus.ACTIVE, LifecycleAction.COMPLETE));
        refused.add(Arguments.of(DeploymentStatus.ACTIVE, LifecycleAction.CANCEL));
        for (DeploymentStatus done : new DeploymentStatus[] {DeploymentStatus.FAILED, DeploymentStatus.ROLLED_BACK,
                DeploymentStatus.CANCELLED}) {
            for (LifecycleAction action : LifecycleAction.values()) {
                refused.add(Arguments.of(done, action));
            }
        }
        return refused.build();
    }

    @ParameterizedTest(name = "{1} from {0} is refused")
    @MethodSource("refusedTransitions")
    void refusedTransitionNamesIdStatusAndActionAndWritesNothing(DeploymentStatus status, LifecycleAction action) {
        Deployment before = deploymentIn(status);
        int eventsBefore = events().size();
        tick();

        assertThatThrownBy(() -> apply(before.deploymentId(), action))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.deploymentId()).isEqualTo(before.deploymentId());
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.action()).isEqualTo(action);
                })
                .hasMessageContaining(before.deploymentId()).hasMessageContaining(status.value())
                .hasMessageContaining(action.verb());
        assertThat(service.queries().getDeployment(before.deploymentId())).isEqualTo(before);
        assertThat(events()).hasSize(eventsBefore);
    }

    @Test
    void emergencyRollbackOfAPendingDeploymentIsRefused() {
        Deployment before = deploymentIn(DeploymentStatus.PENDING);
        assertThatThrownBy(() -> service.lifecycle().emergencyRollback(before.deploymentId(), "now", "op"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("pending");
        assertThat(service.queries().getDeployment(before.deploymentId())).isEqualTo(before);
    }

    private void apply(String id, LifecycleAction action) {
        switch (action) {
            case START -> service.lifecycle().startDeployment(id, "op");
            case COMPLETE -> service.lifecycle().completeDeployment(id, "op");
            case ROLLBACK -> service.lifecycle().rollbackDeployment(id, "why", "op");
            case CANCEL -> service.lifecycle().cancelDeployment(id, "why", "op");
            case FAIL -> service.lifecycle().failDeployment(id, "why", Operators.systemUser());
        }
    }

    @Test
    void listIsNewestFirstAndFilters() {
        Deployment old = create();
        Deployment green = service.lifecycle().createDeployment(canaryRequest().environment("production-green").build());
        tick();
        Deployment newest = create();
        service.lifecycle().startDeployment(newest.deploymentId(), "op");

        assertThat(service.queries().listDeployments(null, null)).extracting(Deployment::deploymentId)
                .containsExactly(newest.deploymentId(), green.deploymentId(), old.deploymentId());
        assertThat(service.queries().listDeployments(DeploymentStatus.PENDING, null)).extracting(Deployment::deploymentId)
                .containsExactly(green.deploymentId(), old.deploymentId());
        assertThat(service.queries().listDeployments(null, "production-green")).extracting(Deployment::deploymentId)
                .containsExactly(green.deploymentId());
        assertThat(service.queries().listDeployments(DeploymentStatus.IN_PROGRESS, "production"))
                .extracting(Deployment::deploymentId).containsExactly(newest.deploymentId());
    }
}
