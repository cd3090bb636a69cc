package io.bellwether.ui.shell;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.drill.SimulatedClock;
import io.bellwether.store.postgres.LocalPostgres;
import io.bellwether.ui.Fixtures;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.LiveRefresh;
import io.bellwether.ui.ScriptedPrompts;
import io.bellwether.ui.settings.OperatorSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Team mode: a deployment another operator creates appears in this console's list within a second. */
class MainWindowLiveRefreshPostgresTest {
    @Test
    void anotherWritersChangeReloadsTheList() throws Exception {
        LocalPostgres server = LocalPostgres.server();
        Path url = Path.of(server.newWorkspaceUrl());
        SimulatedClock clock = new SimulatedClock(Instant.parse("2026-11-20T10:00:00Z"));
        InlineTaskExecutor executor = new InlineTaskExecutor();
        MainWindowViewModel[] window = new MainWindowViewModel[1];
        try (Workspace console = LiveRefresh.serving(Bellwether.openRecordOnly(url, clock), executor,
                () -> window[0].changed(null));
             Workspace elsewhere = Bellwether.openRecordOnly(url, Clock.systemUTC(), () -> "manager")) {
            window[0] = new MainWindowViewModel(console, executor, new OperatorSettings("alice", name -> { }),
                    new ScriptedPrompts(), (deployment, now) -> 10_000, clock);
            window[0].load();
            assertThat(window[0].list().visibleRows()).isEmpty();
            CountDownLatch reloaded = new CountDownLatch(1);
            window[0].changesProperty().addListener((obs, old, now) -> reloaded.countDown());
            server.awaitListening(url.toString(), 1);

            String id = elsewhere.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production")).deploymentId();

            assertThat(reloaded.await(1, TimeUnit.SECONDS)).as("reloaded within a second").isTrue();
            List<String> shown = window[0].list().visibleRows().stream().map(DeploymentRow::id).toList();
            assertThat(shown).containsExactly(id);
        }
    }
}
