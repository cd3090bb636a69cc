package io.bellwether.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import static io.bellwether.domain.DeploymentStatus.ACTIVE;
import static io.bellwether.domain.DeploymentStatus.CANCELLED;
import static io.bellwether.domain.DeploymentStatus.FAILED;
import static io.bellwether.domain.DeploymentStatus.IN_PROGRESS;
import static io.bellwether.domain.DeploymentStatus.PENDING;
import static io.bellwether.domain.DeploymentStatus.ROLLED_BACK;
import static io.bellwether.domain.LifecycleAction.CANCEL;
import static io.bellwether.domain.LifecycleAction.COMPLETE;
import static io.bellwether.domain.LifecycleAction.FAIL;
import static io.bellwether.domain.LifecycleAction.ROLLBACK;
import static io.bellwether.domain.LifecycleAction.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Random action sequences against an independent model: a map of the allowed transitions, written
 * here from ARCHITECTURE.md. A deployment's status only moves on an allowed action; a refused
 * action leaves it as it was and names the deployment, its status and the action.
 */
class LifecyclePropertyTest {

    static final Map<DeploymentStatus, Map<LifecycleAction, DeploymentStatus>> ALLOWED = Map.of(
            PENDING, Map.of(START, IN_PROGRESS, CANCEL, CANCELLED, FAIL, FAILED),
            IN_PROGRESS, Map.of(COMPLETE, ACTIVE, ROLLBACK, ROLLED_BACK, CANCEL, CANCELLED, FAIL, FAILED),
            ACTIVE, Map.of(ROLLBACK, ROLLED_BACK, FAIL, FAILED),
            FAILED, Map.of(),
            ROLLED_BACK, Map.of(),
            CANCELLED, Map.of());

    /** A deployment under test: its status changes only through Lifecycle.next. */
    static final class Tracked {
        final String id;
        DeploymentStatus status = PENDING;
        final List<DeploymentStatus> history = new ArrayList<>(List.of(PENDING));

        Tracked(String id) {
            this.id = id;
        }

        void apply(LifecycleAction action) {
            status = Lifecycle.next(id, status, action);
            history.add(status);
        }
    }

    @Property(tries = 2000)
    void followsTheModel(@ForAll @Size(max = 12) List<LifecycleAction> actions,
                         @ForAll @AlphaChars @NotBlank String id) {
        Tracked deployment = new Tracked("deploy_" + id);
        DeploymentStatus modelStatus = PENDING;
        for (LifecycleAction action : actions) {
            DeploymentStatus expected = ALLOWED.get(modelStatus).get(action);
            if (expected != null) {
                deployment.apply(action);
                modelStatus = expected;
                Statistics.collect("allowed");
            } else {
                DeploymentStatus before = deployment.status;
                int historyBefore = deployment.history.size();
                IllegalTransitionException refused =
                        catchThrowableOfType(IllegalTransitionException.class, () -> deployment.apply(action));
                assertThat(refused).as("%s on %s should be refused", action, before).isNotNull();
                assertThat(deployment.status).isEqualTo(before);
                assertThat(deployment.history).hasSize(historyBefore);
                assertThat(refused.getMessage())
                        .contains(deployment.id).contains(before.value()).contains(action.verb());
                assertThat(refused.deploymentId()).isEqualTo(deployment.id);
                assertThat(refused.status()).isEqualTo(before);
                assertThat(refused.action()).isEqualTo(action);
                Statistics.collect("refused");
            }
            assertThat(deployment.status).isEqualTo(modelStatus);
        }
        // Once final, a deployment never leaves its final status.
        int firstFinal = -1;
        for (int i = 0; i < deployment.history.size(); i++) {
            if (deployment.history.get(i).isFinal()) {
                firstFinal = i;
                break;
            }
        }
        if (firstFinal >= 0) {
            assertThat(deployment.history.subList(firstFinal, deployment.history.size()))
                    .containsOnly(deployment.history.get(firstFinal));
        }
    }
}
