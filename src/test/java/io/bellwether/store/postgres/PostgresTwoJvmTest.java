package io.bellwether.store.postgres;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EventType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two operators in two JVMs on one real PostgreSQL take lifecycle steps on the same deployment at
 * the same moment, 20 times: of two completes or two rollbacks exactly one wins and the other is
 * refused in words; complete against rollback ends rolled back. Every winner has its audit event, and
 * the chain stays one gap-free chain. A writer killed with SIGKILL in the middle of its transaction
 * leaves nothing of it, releases the writers' lock, and the chain verifies.
 */
class PostgresTwoJvmTest {
    private static final int RACES = 20;
    private static final int START_SECONDS = 60;
    private static final Map<String, EventType> EVENT_OF = Map.of("complete", EventType.MODEL_DEPLOYED,
            "rollback", EventType.MODEL_ROLLED_BACK);

    @Test
    void twoJvmsRacingOnOneDeploymentHaveExactlyOneWinner() throws Exception {
        String url = LocalPostgres.server().newWorkspaceUrl();
        try (Workspace setup = Bellwether.openRecordOnly(Path.of(url), Clock.systemUTC(), () -> "setup")) {
            setup.queries().listDeployments(null, null); // migrated before the children open it
        }
        try (ChildJvm sre = ChildJvm.start(RaceChild.class, url, "sre");
             ChildJvm manager = ChildJvm.start(RaceChild.class, url, "manager");
             Workspace setup = Bellwether.openRecordOnly(Path.of(url), Clock.systemUTC(), () -> "setup")) {
            assertThat(sre.next(START_SECONDS)).isEqualTo("READY");
            assertThat(manager.next(START_SECONDS)).isEqualTo("READY");
            int mixed = 0;
            for (int race = 0; race < RACES; race++) {
                String id = setup.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v" + race,
                        DeploymentStrategy.CANARY, "setup").build()).deploymentId();
                setup.lifecycle().startDeployment(id, "setup");
                String sreStep = race % 3 == 1 ? "rollback" : "complete";
                String managerStep = race % 3 == 0 ? "complete" : "rollback";
                long at = System.currentTimeMillis() + 300;
                sre.send(sreStep + " " + id + " " + at);
                manager.send(managerStep + " " + id + " " + at);
                String sreOutcome = sre.next(30);
                String managerOutcome = manager.next(30);
                String context = "race " + race + ": sre " + sreStep + " " + sreOutcome + ", manager " + managerStep
                        + " " + managerOutcome;

                DeploymentStatus status = setup.queries().getDeployment(id).status();
                List<EventType> events = setup.audit().query(new AuditQuery(null, null, null, id, null, null))
                        .stream().map(AuditEvent::type).toList();
                if (sreStep.equals(managerStep)) {
                    assertThat(List.of(sreOutcome, managerOutcome)).as(context).containsOnlyOnce("WON");
                    String refusal = sreOutcome.equals("WON") ? managerOutcome : sreOutcome;
                    assertThat(refusal).as(context).startsWith("REFUSED").contains(id)
                            .doesNotContain("SQLException", "PSQLException");
                    assertThat(events).as(context).containsOnlyOnce(EVENT_OF.get(sreStep));
                    assertThat(status).as(context).isEqualTo(sreStep.equals("complete")
                            ? DeploymentStatus.ACTIVE : DeploymentStatus.ROLLED_BACK);
                } else {
                    mixed++;
                    String rollbackOutcome = sreStep.equals("rollback") ? sreOutcome : managerOutcome;
                    String completeOutcome = sreStep.equals("complete") ? sreOutcome : managerOutcome;
                    assertThat(rollbackOutcome).as(context + ": an active deployment may be rolled back too")
                            .isEqualTo("WON");
                    assertThat(status).as(context).isEqualTo(DeploymentStatus.ROLLED_BACK);
                    assertThat(events).as(context).containsOnlyOnce(EventType.MODEL_ROLLED_BACK);
                    if (completeOutcome.equals("WON")) {
                        assertThat(events.indexOf(EventType.MODEL_DEPLOYED)).as(context)
                                .isLessThan(events.indexOf(EventType.MODEL_ROLLED_BACK));
                    } else {
                        assertThat(completeOutcome).as(context).startsWith("REFUSED");
                        assertThat(events).as(context).doesNotContain(EventType.MODEL_DEPLOYED);
                    }
                }
            }
            assertThat(mixed).isPositive();
            assertContiguousAndIntact(setup);
        }
    }

    @Test
    void aWriterKilledMidTransactionLeavesNothingOfItAndTheChainVerifies() throws Exception {
        String url = LocalPostgres.server().newWorkspaceUrl();
        for (int cycle = 0; cycle < 3; cycle++) {
            String committed;
            try (ChildJvm writer = ChildJvm.start(StalledWriterChild.class, url, "kept" + cycle, "lost" + cycle)) {
                String first = writer.next(START_SECONDS);
                assertThat(first).startsWith("COMMITTED ");
                committed = first.substring("COMMITTED ".length());
                assertThat(writer.next(30)).isEqualTo("IN_TRANSACTION");
                writer.kill();
            }
            try (Workspace after = Bellwether.openRecordOnly(Path.of(url), Clock.systemUTC(), () -> "after")) {
                List<String> versions = after.queries().listDeployments(null, null).stream()
                        .map(d -> d.modelVersion()).toList();
                assertThat(versions).as("cycle %d", cycle).contains("kept" + cycle).doesNotContain("lost" + cycle);
                assertThat(after.queries().getDeployment(committed).modelVersion()).isEqualTo("kept" + cycle);
                long started = System.nanoTime();
                String next = after.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector",
                        "after" + cycle, DeploymentStrategy.CANARY, "after").build()).deploymentId();
                assertThat((System.nanoTime() - started) / 1_000_000).as("the killed writer's lock is released")
                        .isLessThan(10_000);
                assertThat(after.queries().getDeployment(next)).isNotNull();
                assertContiguousAndIntact(after);
            }
        }
    }

    private static void assertContiguousAndIntact(Workspace workspace) {
        List<AuditEvent> events = workspace.audit().query(AuditQuery.ALL);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).sequence()).as("event %d of %d", i, events.size())
                    .isEqualTo(events.get(0).sequence() + i);
        }
        assertThat(workspace.audit().verify().intact()).isTrue();
    }
}
