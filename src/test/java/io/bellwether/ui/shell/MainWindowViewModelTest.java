package io.bellwether.ui.shell;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.drill.SimulatedClock;
import io.bellwether.ui.Fixtures;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.ScriptedPrompts;
import io.bellwether.ui.settings.OperatorSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class MainWindowViewModelTest {
    @TempDir
    Path dir;
    private final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-11-20T10:00:00Z"));
    private Workspace workspace;
    private MainWindowViewModel window;
    private final OperatorSettings settings = new OperatorSettings("alice", name -> { });

    @BeforeEach
    void open() {
        workspace = Bellwether.openRecordOnly(dir.resolve("ws"), clock);
        window = new MainWindowViewModel(workspace, new InlineTaskExecutor(), settings, new ScriptedPrompts(),
                (deployment, now) -> 10_000, clock);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anActionReloadsListAndHeaderThenTellsTheScreens() {
        Deployment d = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        window.load();
        window.list().selectedProperty().set(window.list().visibleRows().get(0));
        assertThat(window.header().textProperty().get().badge()).isEqualTo("pending");
        long before = window.changesProperty().get();

        window.actions().startCommand().execute();

        assertThat(window.changesProperty().get()).isEqualTo(before + 1);
        assertThat(window.header().textProperty().get().badge()).isEqualTo("in_progress");
        assertThat(window.list().selectedDeploymentProperty().get().status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        assertThat(window.messageProperty().get()).isEqualTo("Started fraud_detector:v2.0.0 as alice; record only: no traffic moved");
        assertThat(workspace.queries().getDeployment(d.deploymentId()).status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
    }

    @Test
    void anAutomatedRollbackIsAnnouncedAndShownEverywhere() {
        Deployment d = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        workspace.lifecycle().startDeployment(d.deploymentId(), "alice");
        workspace.health().updateMetrics(d.deploymentId(), new PerformanceMetrics(0.04, 0.09, 0.12, 0.03, 50), Operators.systemUser());
        window.load();
        window.list().selectedProperty().set(window.list().visibleRows().get(0));
        List<AutomatedRollback> announced = new ArrayList<>();
        window.setOnAutomatedRollback(announced::addAll);
        long before = window.changesProperty().get();

        window.evaluation().tick();

        assertThat(announced).extracting(AutomatedRollback::deploymentId).containsExactly(d.deploymentId());
        assertThat(window.changesProperty().get()).isEqualTo(before + 1);
        assertThat(window.header().textProperty().get().badge()).isEqualTo("rolled_back");
        assertThat(window.header().textProperty().get().note()).startsWith("Rollback reason: Error rate 3.00% exceeds threshold 1.00%")
                .endsWith("(by automated)");
        assertThat(window.lastEvaluationTextProperty().get()).isEqualTo("2026-11-20 10:00:00");
    }

    @Test
    void theStatusBarShowsWorkspaceAndOperator() {
        assertThat(window.workspaceFile()).isEqualTo(dir.resolve("ws").toAbsolutePath().toString());
        assertThat(window.operatorProperty().get()).isEqualTo("alice");
        settings.changeOperator("bob");
        assertThat(window.operatorProperty().get()).isEqualTo("bob");
        assertThat(window.lastEvaluationTextProperty().get()).isEqualTo("never");
    }

    /** Issue 14 item 12: the time zone is named once, in the status bar, with its offset now. */
    @Test
    void theStatusBarNamesTheTimeZoneOfEveryTime() {
        assertThat(window.zoneText()).isEqualTo("Times in UTC");
        assertThat(io.bellwether.ui.common.DisplayFormats.zoneNote(java.time.ZoneId.of("Europe/Paris"), clock.instant()))
                .isEqualTo("Times in UTC+01:00 Europe/Paris");
        assertThat(io.bellwether.ui.common.DisplayFormats.zoneNote(java.time.ZoneId.of("Europe/Paris"),
                Instant.parse("2026-07-01T00:00:00Z"))).isEqualTo("Times in UTC+02:00 Europe/Paris");
        assertThat(io.bellwether.ui.common.DisplayFormats.zoneNote(java.time.ZoneId.of("Etc/UTC"), clock.instant()))
                .isEqualTo("Times in UTC");
    }
}
