package io.bellwether.application;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.store.postgres.LocalPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two operators on one PostgreSQL workspace, each with their own workspace (own connections, as two
 * machines would have): both completing, or both rolling back, the same deployment at the same moment
 * ends with exactly one winner and a refusal for the other, and the audit chain stays one contiguous
 * chain. (Complete against rollback may legitimately both succeed, in that order: an active deployment
 * can be rolled back.)
 */
class PostgresWritersRaceTest {
    private static final int RACES = 20;

    @Test
    void completeAgainstRollbackHasExactlyOneWinner() throws Exception {
        Path url = Path.of(LocalPostgres.server().newWorkspaceUrl());
        ExecutorService operators = Executors.newFixedThreadPool(2);
        try (Workspace sre = Bellwether.openRecordOnly(url, Clock.systemUTC(), () -> "sre");
             Workspace manager = Bellwether.openRecordOnly(url, Clock.systemUTC(), () -> "manager")) {
            int completed = 0;
            int rolledBack = 0;
            for (int race = 0; race < RACES; race++) {
                String id = sre.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector",
                        "v" + race, DeploymentStrategy.CANARY, "sre").baselineMetrics(WorkspaceTestBase.BASELINE).build())
                        .deploymentId();
                sre.lifecycle().startDeployment(id, "sre");
                CyclicBarrier together = new CyclicBarrier(2);
                boolean completing = race % 2 == 0;
                Future<String> first = operators.submit(() -> attempt(together, () -> step(sre, id, completing)));
                Future<String> second = operators.submit(() -> attempt(together, () -> step(manager, id, completing)));
                List<String> outcomes = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

                assertThat(outcomes).as("race %d: %s", race, outcomes).containsOnlyOnce("won");
                String refusal = outcomes.stream().filter(o -> !o.equals("won")).findFirst().orElseThrow();
                assertThat(refusal).as("race %d", race).isNotBlank().doesNotContain("Exception");
                DeploymentStatus status = manager.queries().getDeployment(id).status();
                assertThat(status).isIn(DeploymentStatus.ACTIVE, DeploymentStatus.ROLLED_BACK);
                if (status == DeploymentStatus.ACTIVE) {
                    completed++;
                } else {
                    rolledBack++;
                }
            }
            List<AuditEvent> events = sre.audit().query(AuditQuery.ALL);
            List<Long> sequences = new ArrayList<>();
            events.forEach(e -> sequences.add(e.sequence()));
            for (int i = 0; i < sequences.size(); i++) {
                assertThat(sequences.get(i)).isEqualTo(sequences.get(0) + i);
            }
            assertThat(manager.audit().verify().intact()).isTrue();
            assertThat(completed + rolledBack).isEqualTo(RACES);
        } finally {
            operators.shutdownNow();
        }
    }

    private static void step(Workspace operator, String id, boolean completing) {
        if (completing) {
            operator.lifecycle().completeDeployment(id, "op");
        } else {
            operator.lifecycle().rollbackDeployment(id, "latency", "op");
        }
    }

    private static String attempt(CyclicBarrier together, Runnable step) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        try {
            step.run();
            return "won";
        } catch (RuntimeException refused) {
            return refused.getMessage();
        }
    }
}
