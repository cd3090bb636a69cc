package io.bellwether.cli.models;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.BellwetherCommand;
import io.bellwether.cli.ExitCodes;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventType;
import io.bellwether.domain.ModelStage;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowDeployment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import static org.assertj.core.api.Assertions.assertThat;

/** The models subcommands through the real root command, on a temporary database. */
class ModelsCommandTest {
    @TempDir
    Path folder;

    record Run(int exitCode, String out, String err) {
    }

    private Path db() {
        return folder.resolve("cli");
    }

    private Run run(String... args) {
        CommandLine line = BellwetherCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        List<String> withDb = new ArrayList<>(List.of(args));
        withDb.add("--db");
        withDb.add(db().toString());
        int code = line.execute(withDb.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /** The engineer asks from their own workstation: another OS account than this test's command line. */
    private void promoteFromTheEngineersAccount(String version, String justification) {
        try (Workspace engineers = Bellwether.openRecordOnly(db(), java.time.Clock.systemUTC(), () -> "engineer-os")) {
            engineers.registry().requestPromotion("fraud_detector", version, ModelStage.PRODUCTION, "eng@company.com",
                    justification);
        }
    }

    private void ok(String... args) {
        Run result = run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void theGuidesWorkflowFromTheCommandLine() throws Exception {
        ok("models", "register", "fraud_detector", "v1.0.0", "--path", "./v1.pt", "--framework", "pytorch",
                "--by", "ds@company.com", "--metric", "accuracy=0.94");
        promoteFromTheEngineersAccount("v1.0.0", "first");
        ok("models", "approve", "fraud_detector", "v1.0.0", "--by", "mgr@company.com");
        Run registered = run("models", "register", "fraud_detector", "v2.0.0", "--path", "./v2.pt", "--framework",
                "pytorch", "--by", "ds@company.com", "--metric", "accuracy=0.96");
        assertThat(registered.out()).contains("registered fraud_detector:v2.0.0 (development)");
        Run promoted = run("models", "promote", "fraud_detector", "v2.0.0", "--by", "eng@company.com",
                "--justification", "Model exceeds accuracy requirements");
        assertThat(promoted.out()).contains("development -> production pending");

        Run pending = run("models", "list", "--pending");
        assertThat(pending.out()).contains("fraud_detector:v2.0.0").contains("Model exceeds accuracy requirements")
                .doesNotContain("v1.0.0");
        Run production = run("models", "list", "--stage", "production");
        assertThat(production.out()).contains("v1.0.0").doesNotContain("v2.0.0");

        Run self = run("models", "approve", "fraud_detector", "v2.0.0", "--by", "eng@company.com");
        assertThat(self.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(self.err()).startsWith("bellwether models approve: eng@company.com cannot approve")
                .contains("v2.0.0").hasLineCount(1);
        Run sameAccount = run("models", "approve", "fraud_detector", "v2.0.0", "--by", "mgr@company.com");
        assertThat(sameAccount.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(sameAccount.err()).contains("from the same OS account (" + Operators.osAccount() + ")")
                .hasLineCount(1);
        ok("models", "reject", "fraud_detector", "v2.0.0", "--by", "mgr@company.com", "--reason", "ask from your account");
        promoteFromTheEngineersAccount("v2.0.0", "Model exceeds accuracy requirements");

        recordShadow();
        Path page = folder.resolve("review.html");
        Run report = run("models", "report", "fraud_detector", "v2.0.0", "--out", page.toString());
        assertThat(report.out()).contains("(ready)");
        assertThat(Files.readString(page)).contains("Agreement 98.00% must be above 95.00%")
                .contains("Model exceeds accuracy requirements");

        Run approved = run("models", "approve", "fraud_detector", "v2.0.0", "--by", "mgr@company.com", "--comment",
                "convincing");
        assertThat(approved.out()).contains("approved").contains("reviewed by mgr@company.com: convincing");
        Run again = run("models", "reject", "fraud_detector", "v2.0.0", "--by", "boss@company.com", "--reason", "x");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains("no longer pending");
        ok("models", "archive", "fraud_detector", "v1.0.0", "--by", "mgr@company.com");
        assertThat(run("models", "list", "--name", "fraud_detector").out()).contains("archived");

        try (Workspace workspace = Bellwether.openRecordOnly(db())) {
            assertThat(workspace.audit().query(AuditQuery.ALL)).extracting(AuditEvent::type).containsSubsequence(
                    EventType.MODEL_REGISTERED, EventType.APPROVAL_REQUESTED, EventType.APPROVAL_GRANTED,
                    EventType.MODEL_PROMOTED, EventType.MODEL_REGISTERED, EventType.APPROVAL_REQUESTED,
                    EventType.SHADOW_DEPLOYMENT_CREATED, EventType.APPROVAL_GRANTED, EventType.MODEL_PROMOTED,
                    EventType.MODEL_ARCHIVED);
            assertThat(workspace.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void refusalsAndBadValuesAreOneLineWithExitTwo() {
        Run unknown = run("models", "approve", "fraud_detector", "v9", "--by", "mgr");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("Model not found: fraud_detector version v9");
        ok("models", "register", "m", "v1", "--path", "p", "--framework", "f", "--by", "a");
        Run duplicate = run("models", "register", "m", "v1", "--path", "p", "--framework", "f", "--by", "b");
        assertThat(duplicate.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(duplicate.err()).contains("already registered");
        Run stage = run("models", "list", "--stage", "live");
        assertThat(stage.err()).contains("stage must be one of development, staging, production, archived");
        Run noRequest = run("models", "report", "m", "v1", "--out", folder.resolve("r.html").toString());
        assertThat(noRequest.err()).contains("m version v1 has no promotion request");
    }

    private void recordShadow() {
        try (Workspace workspace = Bellwether.openRecordOnly(db())) {
            ShadowDeployment shadow = workspace.shadows().shadowDeploy("fraud_detector:v1.0.0",
                    "fraud_detector:v2.0.0", 100.0, Operators.systemUser());
            List<ShadowComparison> batch = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                batch.add(new ShadowComparison(Instant.now(), null, null, 0.05, 0.051, i != 3));
            }
            workspace.shadows().recordShadowComparisons(shadow.shadowId(), batch, Operators.systemUser());
        }
    }
}
