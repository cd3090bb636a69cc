package io.bellwether.domain;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every (status, action) pair, written out from ARCHITECTURE.md's state machine. */
class LifecycleTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "PENDING,     START,    IN_PROGRESS",
            "PENDING,     COMPLETE, refused",
            "PENDING,     ROLLBACK, refused",
            "PENDING,     CANCEL,   CANCELLED",
            "PENDING,     FAIL,     FAILED",
            "IN_PROGRESS, START,    refused",
            "IN_PROGRESS, COMPLETE, ACTIVE",
            "IN_PROGRESS, ROLLBACK, ROLLED_BACK",
            "IN_PROGRESS, CANCEL,   CANCELLED",
            "IN_PROGRESS, FAIL,     FAILED",
            "ACTIVE,      START,    refused",
            "ACTIVE,      COMPLETE, refused",
            "ACTIVE,      ROLLBACK, ROLLED_BACK",
            "ACTIVE,      CANCEL,   refused",
            "ACTIVE,      FAIL,     FAILED",
            "FAILED,      START,    refused",
            "FAILED,      COMPLETE, refused",
            "FAILED,      ROLLBACK, refused",
            "FAILED,      CANCEL,   refused",
            "FAILED,      FAIL,     refused",
            "ROLLED_BACK, START,    refused",
            "ROLLED_BACK, COMPLETE, refused",
            "ROLLED_BACK, ROLLBACK, refused",
            "ROLLED_BACK, CANCEL,   refused",
            "ROLLED_BACK, FAIL,     refused",
            "CANCELLED,   START,    refused",
            "CANCELLED,   COMPLETE, refused",
            "CANCELLED,   ROLLBACK, refused",
            "CANCELLED,   CANCEL,   refused",
            "CANCELLED,   FAIL,     refused",
    })
    void transition(DeploymentStatus from, LifecycleAction action, String expected) {
        if (expected.equals("refused")) {
            assertThat(Lifecycle.allows(from, action)).isFalse();
            assertThat(Lifecycle.target(from, action)).isEmpty();
            assertThatThrownBy(() -> Lifecycle.next("deploy_1", from, action))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.deploymentId()).isEqualTo("deploy_1");
                        assertThat(e.status()).isEqualTo(from);
                        assertThat(e.action()).isEqualTo(action);
                    });
        } else {
            DeploymentStatus to = DeploymentStatus.valueOf(expected);
            assertThat(Lifecycle.allows(from, action)).isTrue();
            assertThat(Lifecycle.target(from, action)).contains(to);
            assertThat(Lifecycle.next("deploy_1", from, action)).isEqualTo(to);
        }
    }

    @Test
    void theTableCoversEveryPair() {
        assertThat(DeploymentStatus.values().length * LifecycleAction.values().length).isEqualTo(30);
    }

    @Test
    void theRefusalMessageNamesDeploymentStatusAndAction() {
        assertThatThrownBy(() -> Lifecycle.next("deploy_20260101_120000_fraud_v2", DeploymentStatus.ROLLED_BACK,
                LifecycleAction.COMPLETE))
                .hasMessage("Cannot complete deployment deploy_20260101_120000_fraud_v2: its status is rolled_back");
    }

    @Test
    void finalStatusesAllowNothing() {
        for (DeploymentStatus status : DeploymentStatus.values()) {
            boolean anyAllowed = Arrays.stream(LifecycleAction.values()).anyMatch(a -> Lifecycle.allows(status, a));
            assertThat(anyAllowed).as(status + " allows " + Arrays.stream(LifecycleAction.values())
                    .filter(a -> Lifecycle.allows(status, a)).map(Enum::name).collect(Collectors.joining(",")))
                    .isEqualTo(!status.isFinal());
        }
    }
}
