package io.bellwether.hooks;

import io.bellwether.Bellwether;
import io.bellwether.application.TestClock;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EventType;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real workspace on a temporary H2 file, opened by {@link Bellwether#open} with its traffic hooks, with a hook script
 * whose exit code the test sets ({@link #hookExits}) and which appends its arguments to a log.
 */
abstract class HookedWorkspaceTestBase {
    static final PerformanceMetrics BASELINE = new PerformanceMetrics(0.035, 0.050, 0.075, 0.001, 1000.0);

    @TempDir
    Path dir;
    final TestClock clock = TestClock.at("2026-03-14T09:26:53Z");
    Workspace workspace;
    Workspace service;
    Path hookLog;
    Path exitCodeFile;

    @BeforeEach
    void openWorkspace() throws IOException {
        open();
        hookLog = dir.resolve("hook.log");
        exitCodeFile = dir.resolve("exit-code");
        hookExits(0);
    }

    void open() {
        workspace = Bellwether.open(dir.resolve("bellwether"), clock);
        service = workspace;
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    void reopen() {
        workspace.close();
        open();
    }

    void hookExits(int code) throws IOException {
        Files.writeString(exitCodeFile, Integer.toString(code));
    }

    /** Production calls the test's script: it logs "$*" and exits with the code in {@link #exitCodeFile}. */
    void useHookScript() throws IOException {
        Path script = Scripts.write(dir, "move-traffic.sh", "echo \"$*\" >> " + hookLog
                + "\necho \"moved $BELLWETHER_EVENT to $BELLWETHER_TRAFFIC\"\nexit $(cat " + exitCodeFile + ")");
        workspace.trafficHooks().set(HookSettings.command("production", List.of(script.toString()),
                Duration.ofSeconds(10)), "admin");
    }

    List<String> hookLog() throws IOException {
        return Files.exists(hookLog) ? Files.readAllLines(hookLog) : List.of();
    }

    Deployment create() {
        clock.advance(Duration.ofSeconds(1));
        return service.lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector", "v2.0.0",
                        DeploymentStrategy.CANARY, "devops@company.com")
                .baselineMetrics(BASELINE)
                .rollbackConfig(RollbackConfig.BALANCED)
                .metadata("initial_traffic", 0.05)
                .build());
    }

    List<AuditEvent> events(EventType type) {
        return workspace.audit().query(new AuditQuery(type, null, null, null, null, null));
    }

    List<AuditEvent> events() {
        return workspace.audit().query(AuditQuery.ALL);
    }

    HookCall lastCall(String deploymentId) {
        List<HookCall> calls = service.queries().hookCalls(deploymentId);
        return calls.get(calls.size() - 1);
    }
}
