package io.bellwether.application;

import io.bellwether.Bellwether;
import io.bellwether.TestAccounts;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EventType;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh workspace with a hand-moved clock: on a temporary H2 file, or wherever a subclass's
 * {@link #newWorkspaceLocation} puts it (the {@code *PostgresTest} subclasses run the same tests on a
 * new database of a real PostgreSQL).
 */
abstract class WorkspaceTestBase {
    static final PerformanceMetrics BASELINE = new PerformanceMetrics(0.035, 0.050, 0.075, 0.001, 1000.0);

    @TempDir
    Path folder;
    TestClock clock = TestClock.at("2026-03-14T09:26:53Z");
    Workspace workspace;
    Workspace service;
    final TestAccounts accounts = new TestAccounts();

    Path location;

    /** Where this test's workspace lives: a new H2 file (PostgreSQL subclasses: a new database's URL). */
    Path newWorkspaceLocation() {
        return folder.resolve("bellwether");
    }

    @BeforeEach
    void openWorkspace() {
        if (location == null) {
            location = newWorkspaceLocation();
        }
        workspace = Bellwether.openRecordOnly(location, clock, accounts);
        service = workspace;
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    void reopen() {
        workspace.close();
        openWorkspace();
    }

    void tick() {
        clock.advance(Duration.ofSeconds(1));
    }

    DeploymentRequest.Builder canaryRequest() {
        return DeploymentRequest.builder("fraud_detector", "v2.0.0", DeploymentStrategy.CANARY, "devops@company.com")
                .baselineMetrics(BASELINE)
                .rollbackConfig(RollbackConfig.BALANCED)
                .metadata("initial_traffic", 0.05);
    }

    Deployment create() {
        tick();
        return service.lifecycle().createDeployment(canaryRequest().build());
    }

    /** A new deployment brought to {@code status} through the lifecycle. */
    Deployment deploymentIn(DeploymentStatus status) {
        String id = create().deploymentId();
        switch (status) {
            case PENDING -> { }
            case IN_PROGRESS -> service.lifecycle().startDeployment(id, "op");
            case ACTIVE -> {
                service.lifecycle().startDeployment(id, "op");
                service.lifecycle().completeDeployment(id, "op");
            }
            case FAILED -> service.lifecycle().failDeployment(id, "broken", Operators.systemUser());
            case ROLLED_BACK -> {
                service.lifecycle().startDeployment(id, "op");
                service.lifecycle().rollbackDeployment(id, "bad", "op");
            }
            case CANCELLED -> service.lifecycle().cancelDeployment(id, "not now", "op");
        }
        return service.queries().getDeployment(id);
    }

    List<AuditEvent> events() {
        return workspace.audit().query(AuditQuery.ALL);
    }

    AuditEvent lastEvent() {
        List<AuditEvent> all = events();
        return all.get(all.size() - 1);
    }

    List<AuditEvent> eventsOf(EventType type) {
        return workspace.audit().query(new AuditQuery(type, null, null, null, null, null));
    }
}
