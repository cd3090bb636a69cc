package io.bellwether.application;

import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.ChainVerification;
import io.bellwether.application.port.in.ComplianceReport;
import io.bellwether.application.port.in.Operators;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTrailTest extends WorkspaceTestBase {

    @Test
    void logAppendsAChainedEventWithItsDetails() {
        AuditEvent first = workspace.audit().log(EventType.CONFIGURATION_CHANGED, EventSeverity.INFO, "alice",
                "rollback_config", "fraud_detector", "update", Map.of("error_rate_threshold", 0.01, "nested",
                        Map.of("b", 2, "a", "x")));
        tick();
        AuditEvent second = workspace.audit().log(EventType.APPROVAL_GRANTED, EventSeverity.INFO, "bob", "model",
                "fraud_detector:v2.0.0", "approve", null);
        reopen();

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo("0".repeat(64));
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(first.hash()).matches("[0-9a-f]{64}").isNotEqualTo(second.hash());
        assertThat(events()).containsExactly(first, second);
        assertThat(events().get(0).details()).containsEntry("error_rate_threshold", 0.01)
                .containsEntry("nested", Map.of("a", "x", "b", 2));
        assertThat(workspace.audit().verify()).isEqualTo(new ChainVerification(true, 2, null, null));
    }

    @Test
    void logRefusesMissingFieldsNamingThem() {
        assertThatThrownBy(() -> workspace.audit().log(null, EventSeverity.INFO, "u", "t", "r", "a", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("event type");
        assertThatThrownBy(() -> workspace.audit().log(EventType.CONFIGURATION_CHANGED, EventSeverity.INFO, " ",
                "t", "r", "a", null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("user");
        assertThatThrownBy(() -> workspace.audit().log(EventType.CONFIGURATION_CHANGED, EventSeverity.INFO, "u",
                "t", "r", "a", Map.of("x", new Object()))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("details");
        assertThat(events()).isEmpty();
    }

    @Test
    void queryFiltersByTypeUserSeverityResourceAndTime() {
        String first = deploymentIn(DeploymentStatus.ACTIVE).deploymentId();
        clock.advance(java.time.Duration.ofHours(1));
        Instant later = clock.instant();
        String second = deploymentIn(DeploymentStatus.IN_PROGRESS).deploymentId();
        service.lifecycle().emergencyRollback(second, "outage", "dave");

        AuditTrail audit = workspace.audit();
        assertThat(audit.query(new AuditQuery(EventType.DEPLOYMENT_CREATED, null, null, null, null, null)))
                .extracting(AuditEvent::resourceId).containsExactly(first, second);
        assertThat(audit.query(new AuditQuery(null, "dave", null, null, null, null)))
                .extracting(AuditEvent::type).containsExactly(EventType.MODEL_ROLLED_BACK);
        assertThat(audit.query(new AuditQuery(null, null, EventSeverity.CRITICAL, null, null, null)))
                .extracting(AuditEvent::resourceId).containsExactly(second);
        assertThat(audit.query(new AuditQuery(null, null, null, first, null, null)))
                .extracting(AuditEvent::type).containsExactly(EventType.DEPLOYMENT_CREATED,
                        EventType.DEPLOYMENT_STARTED, EventType.MODEL_DEPLOYED);
        assertThat(audit.query(new AuditQuery(null, null, null, null, later, null)))
                .allMatch(e -> e.resourceId().equals(second)).hasSize(3);
        assertThat(audit.query(new AuditQuery(null, null, null, null, null, later.minusSeconds(1))))
                .allMatch(e -> e.resourceId().equals(first)).hasSize(3);
    }

    @Test
    void complianceReportCountsByTypeSeverityAndUserAndListsCriticalEvents() {
        String id = deploymentIn(DeploymentStatus.ACTIVE).deploymentId();
        service.lifecycle().emergencyRollback(id, "outage", "dave");
        String other = deploymentIn(DeploymentStatus.PENDING).deploymentId();
        service.lifecycle().failDeployment(other, "bad artifact", Operators.systemUser());

        ComplianceReport report = workspace.audit().complianceReport(null, null);

        assertThat(report.totalEvents()).isEqualTo(6);
        assertThat(report.byType()).containsEntry("DEPLOYMENT_CREATED", 2L).containsEntry("MODEL_ROLLED_BACK", 1L)
                .containsEntry("DEPLOYMENT_FAILED", 1L);
        assertThat(report.bySeverity()).containsEntry("INFO", 4L).containsEntry("CRITICAL", 1L)
                .containsEntry("ERROR", 1L);
        assertThat(report.byUser()).containsEntry("devops@company.com", 2L).containsEntry("op", 2L)
                .containsEntry("dave", 1L);
        assertThat(report.criticalEvents()).singleElement().extracting(AuditEvent::resourceId).isEqualTo(id);

        ComplianceReport none = workspace.audit().complianceReport(clock.instant().plusSeconds(1), null);
        assertThat(none.totalEvents()).isZero();
        assertThat(none.criticalEvents()).isEmpty();
    }
}
