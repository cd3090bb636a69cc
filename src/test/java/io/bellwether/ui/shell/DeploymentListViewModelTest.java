package io.bellwether.ui.shell;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.drill.SimulatedClock;
import io.bellwether.ui.Fixtures;
import io.bellwether.ui.HeldTaskExecutor;
import io.bellwether.ui.InlineTaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class DeploymentListViewModelTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private DeploymentListViewModel list;
    private Deployment canary;
    private Deployment staging;

    @BeforeEach
    void open() {
        SimulatedClock clock = new SimulatedClock(Instant.parse("2026-11-20T10:00:00Z"));
        workspace = Bellwether.openRecordOnly(dir.resolve("ws"), clock);
        canary = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        clock.advance(Duration.ofMinutes(5));
        staging = workspace.lifecycle().createDeployment(Fixtures.direct("churn_predictor", "v3.1.0", "staging"));
        clock.advance(Duration.ofMinutes(5));
        workspace.shadows().shadowDeploy("fraud_detector:v1.0.0", "fraud_detector:v2.0.0", 100.0, Operators.systemUser());
        workspace.lifecycle().startDeployment(canary.deploymentId(), "alice");
        list = new DeploymentListViewModel(workspace.queries(), new InlineTaskExecutor());
        list.load(null, () -> { });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void listsDeploymentsAndShadowsNewestFirstWithTheirEnvironments() {
        assertThat(list.visibleRows()).extracting(DeploymentRow::title).containsExactly(
                "fraud_detector:v2.0.0", "churn_predictor:v3.1.0", "fraud_detector:v2.0.0");
        assertThat(list.visibleRows()).extracting(DeploymentRow::badge).containsExactly("shadow", "pending", "in_progress");
        assertThat(list.environments()).containsExactly("production", "staging");
    }

    @Test
    void filtersByStatusEnvironmentAndModel() {
        list.filters().status().set(DeploymentStatus.IN_PROGRESS);
        assertThat(list.visibleRows()).extracting(DeploymentRow::id).containsExactly(canary.deploymentId());
        list.filters().status().set(null);
        list.filters().environment().set("staging");
        assertThat(list.visibleRows()).extracting(DeploymentRow::id).containsExactly(staging.deploymentId());
        list.filters().environment().set(null);
        list.filters().search().set("CHURN");
        assertThat(list.visibleRows()).extracting(DeploymentRow::id).containsExactly(staging.deploymentId());
        list.filters().search().set("fraud");
        assertThat(list.visibleRows()).hasSize(2);
        list.filters().search().set("");
        assertThat(list.visibleRows()).hasSize(3);
    }

    @Test
    void keepsTheSelectionAcrossReloadsWithTheFreshState() {
        list.selectedProperty().set(list.visibleRows().stream()
                .filter(row -> row.id().equals(staging.deploymentId())).findFirst().orElseThrow());
        assertThat(list.selectedDeploymentProperty().get().status()).isEqualTo(DeploymentStatus.PENDING);
        workspace.lifecycle().startDeployment(staging.deploymentId(), "alice");
        list.load(null, () -> { });
        assertThat(list.selectedProperty().get().id()).isEqualTo(staging.deploymentId());
        assertThat(list.selectedDeploymentProperty().get().status()).isEqualTo(DeploymentStatus.IN_PROGRESS);
        list.load(canary.deploymentId(), () -> { });
        assertThat(list.selectedDeploymentProperty().get().deploymentId()).isEqualTo(canary.deploymentId());
    }

    @Test
    void aShadowSelectionHasNoDeployment() {
        list.selectedProperty().set(list.visibleRows().get(0));
        assertThat(list.selectedProperty().get().isShadow()).isTrue();
        assertThat(list.selectedDeploymentProperty().get()).isNull();
    }

    @Test
    void overlappingLoadsShowTheNewestListSelectTheAskedDeploymentAndRunEveryCallback() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        DeploymentListViewModel overlapped = new DeploymentListViewModel(workspace.queries(), held);
        java.util.List<String> done = new java.util.ArrayList<>();
        overlapped.load(staging.deploymentId(), () -> done.add("changed"));
        overlapped.load(null, () -> done.add("refreshed"));
        held.release(1);
        assertThat(overlapped.status().busyProperty().get()).isFalse();
        assertThat(overlapped.selectedProperty().get().id()).isEqualTo(staging.deploymentId());
        assertThat(done).containsExactly("changed", "refreshed");
        held.release(0);
        assertThat(done).containsExactly("changed", "refreshed");
        assertThat(overlapped.rows()).hasSize(3);
    }
}
