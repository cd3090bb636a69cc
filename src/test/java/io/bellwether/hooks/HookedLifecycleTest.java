package io.bellwether.hooks;

import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.application.port.in.TrafficHookException;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.IllegalTransitionException;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackDecision;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hooked service over a real workspace and a real hook script: what is stored when hooks succeed or fail. */
class HookedLifecycleTest extends HookedWorkspaceTestBase {

    @Test
    void withoutSettingsEveryStepIsRecordedOnly() {
        String id = create().deploymentId();

        service.lifecycle().startDeployment(id, "alice");
        service.lifecycle().setCanaryStage(id, 1, 0.25, "alice");
        service.lifecycle().completeDeployment(id, "alice");

        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.ACTIVE);
        List<HookCall> calls = service.queries().hookCalls(id);
        assertThat(calls).extracting(HookCall::action)
                .containsExactly(TrafficAction.START, TrafficAction.STAGE_CHANGE, TrafficAction.COMPLETE);
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.outcome().adapter()).isEqualTo(HookAdapter.NONE);
            assertThat(call.succeeded()).isTrue();
            assertThat(call.outcome().outputExcerpt()).contains("traffic was not moved");
        });
        assertThat(events(EventType.TRAFFIC_HOOK_CALLED)).hasSize(3)
                .allSatisfy(e -> assertThat(e.resourceId()).isEqualTo(id));
    }

    @Test
    void startCallsTheHookFirstWithTheInitialTrafficThenStarts() throws Exception {
        useHookScript();
        String id = create().deploymentId();

        service.lifecycle().startDeployment(id, "alice");

        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(hookLog()).containsExactly(
                "start " + id + " fraud_detector v2.0.0 production canary 0.05  alice ");
        HookCall call = lastCall(id);
        assertThat(call.outcome().exitCode()).isZero();
        assertThat(call.outcome().outputExcerpt()).contains("moved start to 0.05");
        assertThat(call.operator()).isEqualTo("alice");
        assertThat(call.calledAt()).isEqualTo(clock.instant());
        AuditEvent hook = events(EventType.TRAFFIC_HOOK_CALLED).get(0);
        AuditEvent started = events(EventType.DEPLOYMENT_STARTED).get(0);
        assertThat(hook.sequence()).isLessThan(started.sequence());
        assertThat(hook.details()).containsEntry("event", "start").containsEntry("adapter", "command")
                .containsEntry("exit_code", 0).containsEntry("succeeded", true)
                .containsEntry("hook_call_id", (int) call.id());
    }

    @Test
    void aFailedStartHookLeavesTheDeploymentPending() throws Exception {
        useHookScript();
        hookExits(4);
        String id = create().deploymentId();

        assertThatThrownBy(() -> service.lifecycle().startDeployment(id, "alice"))
                .isInstanceOf(TrafficHookException.class)
                .hasMessageContaining(id)
                .hasMessageContaining("command " + dir.resolve("move-traffic.sh"))
                .hasMessageContaining("exit code 4")
                .hasMessageContaining("stays pending");

        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.PENDING);
        assertThat(service.queries().getDeployment(id).startedAt()).isNull();
        assertThat(events(EventType.DEPLOYMENT_STARTED)).isEmpty();
        AuditEvent failed = events(EventType.TRAFFIC_HOOK_FAILED).get(0);
        assertThat(failed.severity()).isEqualTo(EventSeverity.ERROR);
        assertThat(failed.details()).containsEntry("exit_code", 4).containsEntry("event", "start");
        assertThat(lastCall(id).succeeded()).isFalse();

        hookExits(0);
        service.lifecycle().startDeployment(id, "alice");
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
    }

    @Test
    void aFailedStageHookLeavesTheStageAndTraffic() throws Exception {
        useHookScript();
        String id = create().deploymentId();
        service.lifecycle().startDeployment(id, "alice");
        service.lifecycle().setCanaryStage(id, 0, 0.1, "alice");

        hookExits(1);
        assertThatThrownBy(() -> service.lifecycle().setCanaryStage(id, 1, 0.25, "alice"))
                .isInstanceOf(TrafficHookException.class)
                .hasMessageContaining("stage_change of deployment " + id)
                .hasMessageContaining("stays in_progress at stage 1");

        Deployment d = service.queries().getDeployment(id);
        assertThat(d.metadata()).containsEntry("current_stage", 0).containsEntry("current_traffic", 0.1);
        assertThat(events(EventType.CANARY_STAGE_CHANGED)).hasSize(1);
        assertThat(hookLog()).last().asString().startsWith("stage_change " + id).contains(" 0.25 ")
                .as("the hook is told the 1-based stage number").endsWith("alice 2");
    }

    @Test
    void aRefusedTransitionCallsNoHook() throws Exception {
        useHookScript();
        String id = create().deploymentId();

        assertThatThrownBy(() -> service.lifecycle().completeDeployment(id, "alice"))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> service.lifecycle().setCanaryStage(id, 0, 0.1, "alice"))
                .hasMessage("Cannot change the canary stage of deployment " + id + ": its status is pending");
        assertThatThrownBy(() -> service.lifecycle().setCanaryStage(id, 0, 1.5, "alice"))
                .hasMessageContaining("traffic_share");

        assertThat(hookLog()).isEmpty();
        assertThat(service.queries().hookCalls(id)).isEmpty();
    }

    @Test
    void completeMovesAllTraffic() throws Exception {
        useHookScript();
        String id = create().deploymentId();
        service.lifecycle().startDeployment(id, "alice");
        service.lifecycle().completeDeployment(id, "bob");

        assertThat(hookLog()).last().asString().startsWith("complete " + id).contains(" 1.0 ").endsWith("bob ");
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.ACTIVE);
    }

    @Test
    void aFailedRollbackHookKeepsTheRollbackAndCanBeRetried() throws Exception {
        useHookScript();
        String id = create().deploymentId();
        service.lifecycle().startDeployment(id, "alice");
        hookExits(7);

        service.lifecycle().emergencyRollback(id, "p99 is on fire", "carol");

        Deployment d = service.queries().getDeployment(id);
        assertThat(d.status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(events(EventType.MODEL_ROLLED_BACK)).hasSize(1);
        HookCall failed = service.queries().failedRollbackHook(id).orElseThrow();
        assertThat(failed.action()).isEqualTo(TrafficAction.EMERGENCY_ROLLBACK);
        assertThat(failed.outcome().exitCode()).isEqualTo(7);
        assertThat(service.queries().failedRollbackHooks()).containsExactly(failed);
        AuditEvent audited = events(EventType.TRAFFIC_HOOK_FAILED).get(0);
        assertThat(audited.severity()).isEqualTo(EventSeverity.ERROR);
        assertThat(audited.sequence()).isGreaterThan(events(EventType.MODEL_ROLLED_BACK).get(0).sequence());
        assertThat(hookLog()).last().asString()
                .isEqualTo("emergency_rollback " + id + " fraud_detector v2.0.0 production canary 0.0"
                        + " p99 is on fire carol ");

        assertThatThrownBy(() -> service.lifecycle().retryRollbackHook(id, "dave"))
                .isInstanceOf(TrafficHookException.class).hasMessageContaining("failed again")
                .hasMessageContaining("exit code 7");
        assertThat(service.queries().failedRollbackHook(id)).isPresent();

        hookExits(0);
        HookCall retried = service.lifecycle().retryRollbackHook(id, "dave");
        assertThat(retried.retry()).isTrue();
        assertThat(retried.succeeded()).isTrue();
        assertThat(retried.action()).isEqualTo(TrafficAction.EMERGENCY_ROLLBACK);
        assertThat(retried.operator()).isEqualTo("dave");
        assertThat(service.queries().failedRollbackHook(id)).isEmpty();
        assertThat(service.queries().failedRollbackHooks()).isEmpty();
        assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThatThrownBy(() -> service.lifecycle().retryRollbackHook(id, "dave"))
                .hasMessageContaining("its last call succeeded");
        assertThat(service.queries().hookCalls(id)).extracting(HookCall::retry).containsExactly(false, false, true, true);
        assertThat(workspace.audit().verify().intact()).isTrue();
    }

    @Test
    void retryIsRefusedForADeploymentThatIsNotRolledBack() {
        String id = create().deploymentId();

        assertThatThrownBy(() -> service.lifecycle().retryRollbackHook(id, "dave"))
                .hasMessage("Cannot retry the rollback hook of deployment " + id + ": its status is pending");
    }

    @Test
    void aManualRollbackCallsTheRollbackHook() throws Exception {
        useHookScript();
        String id = create().deploymentId();
        service.lifecycle().startDeployment(id, "alice");

        service.lifecycle().rollbackDeployment(id, "wrong model", "erin");

        assertThat(lastCall(id).action()).isEqualTo(TrafficAction.ROLLBACK);
        assertThat(hookLog()).last().asString().startsWith("rollback " + id).endsWith("wrong model erin ");
    }

    @Test
    void theAutomatedRollbackInsideAHealthCheckCallsTheHookAfterCommitting() throws Exception {
        useHookScript();
        String id = create().deploymentId();
        service.lifecycle().startDeployment(id, "alice");
        service.health().updateMetrics(id, new PerformanceMetrics(0.035, 0.050, 0.075, 0.2, 1000.0), Operators.systemUser());
        hookExits(2);

        RollbackDecision decision = service.health().checkDeploymentHealth(id, 5_000);

        assertThat(decision.rollback()).isTrue();
        Deployment d = service.queries().getDeployment(id);
        assertThat(d.status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        HookCall call = service.queries().failedRollbackHook(id).orElseThrow();
        assertThat(call.action()).isEqualTo(TrafficAction.AUTOMATED_ROLLBACK);
        assertThat(call.operator()).isEqualTo("automated");
        assertThat(hookLog()).last().asString()
                .startsWith("automated_rollback " + id)
                .contains(d.rollbackReason())
                .endsWith(" automated ");

        assertThat(service.health().checkDeploymentHealth(id, 5_000).rollback()).isFalse();
        assertThat(service.queries().hookCalls(id)).hasSize(2);
    }

    @Test
    void aHealthyCheckCallsNoHook() throws Exception {
        useHookScript();
        String id = create().deploymentId();
        service.lifecycle().startDeployment(id, "alice");
        service.health().updateMetrics(id, BASELINE, Operators.systemUser());

        assertThat(service.health().checkDeploymentHealth(id, 5_000).rollback()).isFalse();

        assertThat(service.queries().hookCalls(id)).extracting(HookCall::action).containsExactly(TrafficAction.START);
    }

    @Test
    void outcomesSurviveReopening() throws Exception {
        useHookScript();
        String id = create().deploymentId();
        hookExits(3);
        assertThatThrownBy(() -> service.lifecycle().startDeployment(id, "alice")).isInstanceOf(TrafficHookException.class);
        HookCall before = lastCall(id);

        reopen();

        assertThat(service.queries().hookCalls(id)).containsExactly(before);
        assertThat(workspace.trafficHooks().effective("production").adapter()).isEqualTo(HookAdapter.COMMAND);
    }
}
