package io.bellwether.ui.actions;

import io.bellwether.application.port.in.HookSettings;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmergencyRollbackViewModelTest {
    static Deployment deployment(DeploymentStatus status) {
        return new Deployment("deploy_1", "fraud_detector", "v2.0.0", DeploymentStrategy.CANARY, status, "production",
                "devops", Instant.parse("2026-11-20T10:00:00Z"), null, null, null, null, null, null, null, null, null);
    }

    @Test
    void blankReasonsAreRefusedNamingTheField() {
        EmergencyRollbackViewModel dialog = new EmergencyRollbackViewModel(deployment(DeploymentStatus.IN_PROGRESS), "alice",
                HookSettings.RECORD_ONLY_NOTE);
        assertThat(dialog.check().validProperty().get()).isFalse();
        assertThat(dialog.check().firstErrorProperty().get()).contains("reason is required");
        dialog.reasonProperty().set("   ");
        assertThat(dialog.check().validProperty().get()).isFalse();
        assertThatThrownBy(dialog::confirmedReason).isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
    }

    @Test
    void aGivenReasonIsConfirmedTrimmed() {
        EmergencyRollbackViewModel dialog = new EmergencyRollbackViewModel(deployment(DeploymentStatus.IN_PROGRESS), "alice",
                HookSettings.RECORD_ONLY_NOTE);
        dialog.reasonProperty().set("  EMERGENCY: checkout errors  ");
        assertThat(dialog.check().validProperty().get()).isTrue();
        assertThat(dialog.check().firstErrorProperty().get()).isNull();
        assertThat(dialog.confirmedReason()).isEqualTo("EMERGENCY: checkout errors");
        assertThat(dialog.summary()).contains("fraud_detector:v2.0.0").contains("alice").contains("CRITICAL")
                .contains("Traffic: record only: no traffic moved (no traffic controller is configured for production;"
                        + " move its traffic back by hand).");
    }
}
