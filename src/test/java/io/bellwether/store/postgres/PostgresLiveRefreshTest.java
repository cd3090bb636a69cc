package io.bellwether.store.postgres;

import io.bellwether.Bellwether;
import io.bellwether.CliProcess;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.StoreChanges;
import io.bellwether.domain.DeploymentStrategy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Live refresh in team mode: two workspaces on one real PostgreSQL (as two machines would have them)
 * hear each other's commits within a second through LISTEN/NOTIFY, not their own, nothing of a
 * rolled-back write, and keep hearing after the listener's connection was killed.
 */
class PostgresLiveRefreshTest {
    private static final long SECOND = 1_000;

    @TempDir
    Path dir;

    @Test
    void eachWorkspaceHearsTheOthersCommitsWithinASecondButNotItsOwn() throws Exception {
        LocalPostgres server = LocalPostgres.server();
        Path url = Path.of(server.newWorkspaceUrl());
        try (Workspace sre = open(url, "sre"); Workspace manager = open(url, "manager")) {
            BlockingQueue<String> heardBySre = new LinkedBlockingQueue<>();
            BlockingQueue<String> heardByManager = new LinkedBlockingQueue<>();
            assertThat(sre.changes().live()).isTrue();
            try (StoreChanges.Subscription a = sre.changes().onExternalChange(heardBySre::add);
                 StoreChanges.Subscription b = manager.changes().onExternalChange(heardByManager::add)) {
                server.awaitListening(url.toString(), 2);

                String byManager = create(manager, "v1");
                assertThat(heardBySre.poll(SECOND, TimeUnit.MILLISECONDS)).as("the sre hears the manager's create")
                        .isEqualTo(byManager);
                String bySre = create(sre, "v2");
                assertThat(heardByManager.poll(SECOND, TimeUnit.MILLISECONDS)).isEqualTo(bySre);

                manager.lifecycle().startDeployment(byManager, "manager");
                assertThat(heardBySre.poll(SECOND, TimeUnit.MILLISECONDS)).isEqualTo(byManager);
                assertThat(heardByManager).as("the manager does not hear its own commits").isEmpty();
                assertThatThrownBy(() -> manager.lifecycle().startDeployment(byManager, "manager"))
                        .as("a refused step rolls back").isInstanceOf(RuntimeException.class);
                assertThat(heardBySre.poll(500, TimeUnit.MILLISECONDS)).as("nothing of a rolled-back write").isNull();
            }
        }
    }

    @Test
    void aCommandLineInAnotherJvmIsHeardWithinASecondOfItsEnd() throws Exception {
        LocalPostgres server = LocalPostgres.server();
        Path url = Path.of(server.newWorkspaceUrl());
        try (Workspace console = open(url, "sre")) {
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            try (StoreChanges.Subscription s = console.changes().onExternalChange(heard::add)) {
                server.awaitListening(url.toString(), 1);
                CliProcess.Run created = CliProcess.run(dir, "deployments", "create", "--model", "fraud",
                        "--model-version", "v2", "--strategy", "direct", "--db", url.toString());
                assertThat(created.exitCode()).as(created.err()).isZero();

                String id = console.queries().listDeployments(null, null).get(0).deploymentId();
                assertThat(heard.poll(SECOND, TimeUnit.MILLISECONDS)).as("heard by the console").isEqualTo(id);
            }
        }
    }

    @Test
    void theListenerSurvivesItsConnectionBeingKilledAndSaysChangesMayHaveBeenMissed() throws Exception {
        LocalPostgres server = LocalPostgres.server();
        Path url = Path.of(server.newWorkspaceUrl());
        try (Workspace sre = open(url, "sre"); Workspace manager = open(url, "manager")) {
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            try (StoreChanges.Subscription s = sre.changes().onExternalChange(heard::add)) {
                int killed = server.awaitListening(url.toString(), 1);
                server.execute("SELECT pg_terminate_backend(" + killed + ")");

                assertThat(heard.poll(5, TimeUnit.SECONDS)).as("after reconnecting").isEqualTo(StoreChanges.ANYTHING);
                int again = server.awaitListening(url.toString(), 1);
                assertThat(again).as("a new listener connection").isNotEqualTo(killed);
                String id = create(manager, "v3");
                assertThat(heard.poll(SECOND, TimeUnit.MILLISECONDS)).isEqualTo(id);
            }
        }
        assertThat(server.listening(url.toString())).as("closing the workspace stops its listener").isZero();
    }

    private static Workspace open(Path url, String account) {
        return Bellwether.openRecordOnly(url, Clock.systemUTC(), () -> account);
    }

    private static String create(Workspace workspace, String version) {
        return workspace.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", version,
                DeploymentStrategy.CANARY, "op").build()).deploymentId();
    }
}
