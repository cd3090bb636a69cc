package io.bellwether.ui.shell;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.ShadowDeployment;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class DeploymentHeaderViewModelTest {
    private static final Instant CREATED = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void showsModelStrategyEnvironmentStatusCreatorAndTimes() {
        Deployment rolledBack = new Deployment("deploy_20261120_100000_fraud_detector_v2.0.0", "fraud_detector", "v2.0.0",
                DeploymentStrategy.CANARY, DeploymentStatus.ROLLED_BACK, "production", "devops@company.com", CREATED,
                CREATED.plusSeconds(600), null, CREATED.plusSeconds(7200), null, null, null, null,
                "Error rate 2.30% exceeds threshold 1.00%", "automated");
        SimpleObjectProperty<DeploymentRow> selected = new SimpleObjectProperty<>();
        DeploymentHeaderViewModel header = new DeploymentHeaderViewModel(selected, ZoneOffset.UTC);
        assertThat(header.textProperty().get().title()).isEqualTo("No deployment selected");
        assertThat(header.textProperty().get().badge()).isEmpty();

        selected.set(DeploymentRow.of(rolledBack));
        assertThat(header.textProperty().get().title()).isEqualTo("fraud_detector:v2.0.0");
        assertThat(header.textProperty().get().badge()).isEqualTo("rolled_back");
        assertThat(header.textProperty().get().facts()).contains("strategy canary", "environment production", "created by devops@company.com");
        assertThat(header.textProperty().get().times()).isEqualTo(
                "created 2026-11-20 10:00:00 · started 2026-11-20 10:10:00 · rolled back 2026-11-20 12:00:00");
        assertThat(header.textProperty().get().note()).isEqualTo("Rollback reason: Error rate 2.30% exceeds threshold 1.00% (by automated)");
    }

    @Test
    void showsAShadowDeploymentsModels() {
        SimpleObjectProperty<DeploymentRow> selected = new SimpleObjectProperty<>(DeploymentRow.of(
                new ShadowDeployment("shadow_1", "fraud_detector:v1.0.0", "fraud_detector:v2.0.0", 100.0, CREATED)));
        DeploymentHeaderViewModel header = new DeploymentHeaderViewModel(selected, ZoneOffset.UTC);
        assertThat(header.textProperty().get().title()).isEqualTo("fraud_detector:v2.0.0 shadowing fraud_detector:v1.0.0");
        assertThat(header.textProperty().get().badge()).isEqualTo("shadow");
        assertThat(header.textProperty().get().facts()).contains("100% of production traffic");
        assertThat(header.textProperty().get().note()).isEmpty();
    }

    @Test
    void showsTheAgeOfTheLatestSampleAndTurnsStaleAfterTwoIntervals() {
        Deployment live = new Deployment("deploy_1", "fraud_detector", "v2.0.0", DeploymentStrategy.CANARY,
                DeploymentStatus.IN_PROGRESS, "production", "devops", CREATED, CREATED, null, null, null, null, null,
                null, null, null);
        SimpleObjectProperty<DeploymentRow> selected = new SimpleObjectProperty<>(DeploymentRow.of(live));
        DeploymentHeaderViewModel header = new DeploymentHeaderViewModel(selected, ZoneOffset.UTC);
        assertThat(header.sampleAgeProperty().get().text()).as("no binding, no sample line").isEmpty();

        java.time.Duration interval = java.time.Duration.ofSeconds(60);
        Instant sampledAt = CREATED.plusSeconds(600);
        var samples = java.util.Map.of("deploy_1", new LiveSample(CREATED.plusSeconds(60), sampledAt, interval));
        header.showLiveSamples(samples, sampledAt.plusSeconds(12));
        assertThat(header.sampleAgeProperty().get().text()).isEqualTo("sampled 12 s ago");
        assertThat(header.sampleAgeProperty().get().style()).isEqualTo(DeploymentHeaderViewModel.FRESH);

        header.showLiveSamples(samples, sampledAt.plusSeconds(120));
        assertThat(header.sampleAgeProperty().get().text()).isEqualTo("sampled 2 min ago");
        assertThat(header.sampleAgeProperty().get().style()).as("exactly two intervals is not yet stale")
                .isEqualTo(DeploymentHeaderViewModel.FRESH);
        header.showLiveSamples(samples, sampledAt.plusSeconds(121));
        assertThat(header.sampleAgeProperty().get().style()).isEqualTo(DeploymentHeaderViewModel.STALE);

        header.showLiveSamples(java.util.Map.of("deploy_1", new LiveSample(sampledAt, null, interval)),
                sampledAt.plusSeconds(150));
        assertThat(header.sampleAgeProperty().get().text()).isEqualTo("no sample yet (asked 2 min ago)");
        assertThat(header.sampleAgeProperty().get().style()).isEqualTo(DeploymentHeaderViewModel.STALE);

        selected.set(null);
        assertThat(header.sampleAgeProperty().get().text()).isEmpty();
        assertThat(header.sampleAgeProperty().get().style()).isEqualTo(DeploymentHeaderViewModel.FRESH);
    }

    @Test
    void anInconclusiveOrRuleHeldCanarySaysWhyInTheNote() {
        java.util.Map<String, Object> inconclusive = java.util.Map.of("paused", true, "inconclusive", true,
                "pause_reason", "Inconclusive: 3 consecutive UNKNOWN checks (limit 3)");
        java.util.Map<String, Object> held = java.util.Map.of("paused", true, "pause_reason", "Custom metric x 1 is above bound 0");
        SimpleObjectProperty<DeploymentRow> selected = new SimpleObjectProperty<>(DeploymentRow.of(live(inconclusive)));
        DeploymentHeaderViewModel header = new DeploymentHeaderViewModel(selected, ZoneOffset.UTC);

        assertThat(header.textProperty().get().note())
                .isEqualTo("INCONCLUSIVE, paused: Inconclusive: 3 consecutive UNKNOWN checks (limit 3) · resume it on the Canary tab");
        selected.set(DeploymentRow.of(live(held)));
        assertThat(header.textProperty().get().note()).startsWith("Paused for a human: Custom metric x 1");
        selected.set(DeploymentRow.of(live(java.util.Map.of("paused", true))));
        assertThat(header.textProperty().get().note()).as("an operator's own pause needs no note").isEmpty();
    }

    private static Deployment live(java.util.Map<String, Object> metadata) {
        return new Deployment("deploy_2", "fraud_detector", "v2.0.0", DeploymentStrategy.CANARY,
                DeploymentStatus.IN_PROGRESS, "production", "devops", CREATED, CREATED, null, null, null, null, null,
                metadata, null, null);
    }
}
