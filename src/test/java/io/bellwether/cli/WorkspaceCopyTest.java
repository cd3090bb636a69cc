package io.bellwether.cli;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.CommandLineTest.Run;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.drill.DemoAccounts;
import io.bellwether.drill.DemoWorkspace;
import io.bellwether.drill.SimulatedClock;
import io.bellwether.io.ShadowReportJson;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bellwether workspace copy} of the demo workspace (every table filled, shadow comparisons in
 * sealed segments and an open tail): the copy answers every query as the original does, its audit chain
 * verifies, and it goes on working; a target that holds anything is refused and left as it was. Here
 * from one H2 file to another; {@link WorkspaceCopyPostgresTest} through a real PostgreSQL.
 */
class WorkspaceCopyTest {
    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    @TempDir
    static Path dir;
    static Path demo;
    static DemoWorkspace.Summary summary;

    @BeforeAll
    static void buildDemo() {
        demo = dir.resolve("demo");
        SimulatedClock clock = new SimulatedClock(NOW);
        DemoAccounts people = new DemoAccounts();
        try (Workspace workspace = Bellwether.openRecordOnly(demo, clock, people)) {
            summary = new DemoWorkspace(workspace, clock, NOW, 7).withRegistry(workspace.registry(), people)
                    .build((fraction, step) -> { });
        }
    }

    /** Where the copy goes: a new H2 file here. */
    String newTarget() {
        return dir.resolve("copy-" + System.nanoTime()).toString();
    }

    @Test
    void theCopyAnswersAsTheOriginalAndGoesOn() throws Exception {
        String target = newTarget();
        Run run = CommandLineTest.run("workspace", "copy", "--from", demo.toString(), "--to", target);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("deployments", "shadow_segments", "audit_events")
                .contains("audit chain of the copy intact");
        try (Workspace original = Bellwether.openRecordOnly(demo); Workspace copy = Bellwether.openRecordOnly(Path.of(target))) {
            assertSameAnswers(original, copy);
            long events = copy.audit().verify().eventsChecked();
            copy.lifecycle().createDeployment(DeploymentRequest.builder("after_copy", "v1", DeploymentStrategy.CANARY,
                    "sre@company.com").environment("staging").build());
            assertThat(copy.audit().verify().intact()).isTrue();
            assertThat(copy.audit().verify().eventsChecked()).isEqualTo(events + 1);
        }
    }

    static void assertSameAnswers(Workspace original, Workspace copy) throws Exception {
        assertThat(copy.queries().listDeployments(null, null)).isEqualTo(original.queries().listDeployments(null, null));
        assertThat(copy.queries().listShadowDeployments()).isEqualTo(original.queries().listShadowDeployments());
        for (var deployment : original.queries().listDeployments(null, null)) {
            String id = deployment.deploymentId();
            assertThat(copy.queries().healthHistory(id, null, null)).isEqualTo(original.queries().healthHistory(id, null, null));
        }
        String shadowId = summary.shadowId();
        assertThat(copy.queries().shadowComparisonCount(shadowId)).isEqualTo(DemoWorkspace.SHADOW_COMPARISONS);
        assertThat(ShadowReportJson.write(copy.shadows().compareShadowDeployment(shadowId)))
                .isEqualTo(ShadowReportJson.write(original.shadows().compareShadowDeployment(shadowId)));
        assertThat(copy.registry().listModels(null, null)).isEqualTo(original.registry().listModels(null, null));
        assertThat(copy.registry().promotions(null)).isEqualTo(original.registry().promotions(null));
        assertThat(copy.audit().query(AuditQuery.ALL)).isEqualTo(original.audit().query(AuditQuery.ALL));
        assertThat(copy.audit().verify()).isEqualTo(original.audit().verify());
    }

    @Test
    void aTargetThatHoldsAnythingIsRefusedAndKept() {
        String target = newTarget();
        try (Workspace other = Bellwether.openRecordOnly(Path.of(target))) {
            other.lifecycle().createDeployment(DeploymentRequest.builder("kept", "v1", DeploymentStrategy.DIRECT,
                    "sre@company.com").environment("staging").build());
        }
        Run run = CommandLineTest.run("workspace", "copy", "--from", demo.toString(), "--to", target);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("is not empty", "holds 1 row;").doesNotContain("Exception");
        try (Workspace other = Bellwether.openRecordOnly(Path.of(target))) {
            assertThat(other.queries().listDeployments(null, null)).extracting(d -> d.modelName())
                    .isEqualTo(List.of("kept"));
            assertThat(other.audit().verify().eventsChecked()).isEqualTo(1);
        }
    }

    @Test
    void copyingAWorkspaceOntoItselfIsRefused() {
        Run run = CommandLineTest.run("workspace", "copy", "--from", demo.toString(), "--to", demo.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("is the workspace to copy from");
    }
}
