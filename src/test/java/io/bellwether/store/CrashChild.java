package io.bellwether.store;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.ShadowComparison;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The process {@link CrashSafetyTest} kills: performs committed actions forever and prints one line
 * per action after the call has returned, ending in " OK" so a line cut short by the kill is ignored.
 */
public final class CrashChild {
    static final int BATCH_SIZE = 500;

    private CrashChild() {
    }

    public static void main(String[] args) {
        Workspace workspace = Bellwether.openRecordOnly(Path.of(args[0]));
        Workspace service = workspace;
        String batches = service.shadows().shadowDeploy("model:v1", "model:v2", 100, Operators.systemUser()).shadowId();
        report("BATCHES", batches);
        String singles = service.shadows().shadowDeploy("model:v1", "model:v3", 100, Operators.systemUser()).shadowId();
        report("SINGLES", singles);
        report("READY", "-");
        for (long round = 0; ; round++) {
            String id = service.lifecycle().createDeployment(DeploymentRequest.builder("model", "v" + round,
                    DeploymentStrategy.CANARY, "crash-child").build()).deploymentId();
            report("CREATED", id);
            service.lifecycle().startDeployment(id, "crash-child");
            report("STARTED", id);
            service.shadows().recordShadowComparisons(batches, batch(round), Operators.systemUser());
            report("BATCH", batches);
            service.lifecycle().completeDeployment(id, "crash-child");
            report("COMPLETED", id);
            service.shadows().recordShadowComparison(singles, round, round, 0.01, 0.02, true);
            report("SINGLE", singles);
            long sequence = workspace.audit().log(EventType.CONFIGURATION_CHANGED, EventSeverity.INFO, "crash-child",
                    "setting", "round", "set", Map.of("round", round)).sequence();
            report("EVENT", Long.toString(sequence));
        }
    }

    private static List<ShadowComparison> batch(long round) {
        List<ShadowComparison> batch = new ArrayList<>(BATCH_SIZE);
        for (int i = 0; i < BATCH_SIZE; i++) {
            batch.add(new ShadowComparison(Instant.now(), "{\"round\":" + round + "}", null, 0.01 + i * 1e-5,
                    0.012, i % 3 != 0));
        }
        return batch;
    }

    private static void report(String what, String id) {
        System.out.println(what + " " + id + " OK");
        System.out.flush();
    }
}
