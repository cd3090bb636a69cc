package io.bellwether.cli.imports;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.BellwetherCommand;
import io.bellwether.domain.DeploymentStrategy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code bellwether import}, in process, against a workspace given with --db. */
class ImportCommandTest {
    @TempDir
    Path dir;
    Path db;
    String deploymentId;
    String shadowId;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine line = BellwetherCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void workspace() {
        db = dir.resolve("ws");
        try (Workspace workspace = Bellwether.openRecordOnly(db)) {
            deploymentId = workspace.lifecycle().createDeployment(
                    DeploymentRequest.builder("m", "v2", DeploymentStrategy.CANARY, "me").build()).deploymentId();
            shadowId = workspace.shadows().shadowDeploy("m:v1", "m:v2", 0.1, Operators.systemUser()).shadowId();
        }
    }

    @Test
    void importsAndSaysHowMany() throws Exception {
        Path file = Files.writeString(dir.resolve("checks.jsonl"), """
                {"timestamp": "2026-01-05T09:00:00Z", "status": "healthy", "latency_p95": 0.05}
                {"timestamp": "2026-01-05T09:10:00Z", "status": "degraded", "latency_p95": 0.09}
                """);
        Run run = run("import", "health-checks", file.toString(), "--into", deploymentId, "--db", db.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported 2 health-checks records into deployment " + deploymentId);
        try (Workspace workspace = Bellwether.openRecordOnly(db)) {
            assertThat(workspace.queries().healthHistory(deploymentId, null, null)).hasSize(2);
        }
    }

    @Test
    void refusalsListEveryBadLineAndStoreNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("shadow.csv"), """
                primary_latency,shadow_latency,agreement
                0.05,0.06,true
                0.05,oops,true
                0.05,0.06,maybe
                """);
        Run run = run("import", "shadow-comparisons", file.toString(), "--into", shadowId, "--db", db.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("import refused, nothing stored", "shadow.csv: line 3: shadow_latency is not a number",
                "shadow.csv: line 4: agreement must be true or false");
        try (Workspace workspace = Bellwether.openRecordOnly(db)) {
            assertThat(workspace.queries().shadowComparisonCount(shadowId)).isZero();
        }
    }

    @Test
    void unknownKindsTargetsAndFilesExitTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("m.csv"), "timestamp,latency_p95\n2026-01-05T09:00:00Z,0.05\n");
        assertThat(run("import", "logs", file.toString(), "--into", deploymentId, "--db", db.toString()).err())
                .contains("must be one of metrics, health-checks, shadow-comparisons");
        Run missing = run("import", "metrics", file.toString(), "--into", "deploy_x", "--db", db.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Deployment not found: deploy_x");
        Run noFile = run("import", "metrics", dir.resolve("none.csv").toString(), "--into", deploymentId,
                "--db", db.toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("no such file");
    }
}
