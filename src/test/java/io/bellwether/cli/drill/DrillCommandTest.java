package io.bellwether.cli.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.cli.BellwetherCommand;
import io.bellwether.cli.ExitCodes;
import io.bellwether.drill.ShippedScenarios;
import io.bellwether.io.JsonFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code bellwether drill list|run}, in process. */
class DrillCommandTest {
    @TempDir
    Path dir;

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

    @Test
    void listShowsEveryShippedScenario() {
        Run run = run("drill", "list");
        assertThat(run.exitCode()).isZero();
        ShippedScenarios.NAMES.forEach(name -> assertThat(run.out()).contains(name + "  ("));
        assertThat(run.out()).contains("expects no rollback, final status in_progress");
    }

    @Test
    void runReportsWhenTheEngineDecidedAndWritesTheReport() throws Exception {
        Path report = dir.resolve("report.json");
        Path db = dir.resolve("drill");
        Run run = run("drill", "run", "latency-regression", "--report", report.toString(), "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("+12h canary promoted to stage 2 (50% traffic)", "+12h 10m engine rolled back: P95 latency",
                "As expected", "Engine rollback: 12h 10m into the drill; detection time: 10m");
        JsonNode json = JsonFiles.read(report);
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.get("detection_time").asText()).isEqualTo("PT10M");
        assertThat(json.get("operator_rollback").isNull()).isTrue();
        try (Workspace workspace = Bellwether.openRecordOnly(db)) {
            assertThat(workspace.queries().listDeployments(null, null)).singleElement()
                    .satisfies(d -> assertThat(d.metadata()).containsEntry("drill", true));
        }

        Path markdown = dir.resolve("report.md");
        List<Path> temporaryBefore = temporaryDrills();
        Run headless = run("drill", "run", "error-rate-burst", "--report", markdown.toString());
        assertThat(headless.exitCode()).isZero();
        assertThat(headless.out()).contains("a temporary workspace");
        assertThat(temporaryDrills()).as("the temporary drill workspace is removed").isEqualTo(temporaryBefore);
        assertThat(Files.readString(markdown)).startsWith("# Drill report: error-rate-burst").contains("**PASSED**");
    }

    /** A shipped drill run by the CLI into its own workspace: what it printed, its deployment's audit events and status. */
    record Drilled(String out, List<io.bellwether.domain.AuditEvent> events, String status) {
    }

    private Drilled drill(String scenario) {
        Path db = dir.resolve(scenario);
        Run run = run("drill", "run", scenario, "--db", db.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Workspace workspace = Bellwether.openRecordOnly(db)) {
            String id = workspace.queries().listDeployments(null, null).get(0).deploymentId();
            return new Drilled(run.out(), workspace.audit().query(new io.bellwether.application.port.in.AuditQuery(
                    null, null, null, id, null, null)), workspace.queries().getDeployment(id).status().value());
        }
    }

    @Test
    void autoProgressionAdvancesThroughEveryStageOnItsOwnAndCompletes() {
        Drilled drilled = drill("auto-progression");

        assertThat(drilled.out()).contains("+6h canary promoted to stage 1 (25% traffic) by automatic progression",
                "canary promoted to stage 3 (100% traffic) by automatic progression",
                "rollout completed by automatic progression",
                "As expected: no rollback, final status active, every stage taken by automatic progression");
        assertThat(drilled.events()).filteredOn(e -> e.type() == io.bellwether.domain.EventType.CANARY_STAGE_CHANGED
                        || e.type() == io.bellwether.domain.EventType.MODEL_DEPLOYED)
                .filteredOn(e -> !(e.user().equals(io.bellwether.drill.DrillRun.DRILL_USER)
                        && String.valueOf(e.details().get("stage_number")).equals("1")))
                .as("after the drill put the canary on its first stage: three advances and the completion, each by automated")
                .hasSize(4)
                .allMatch(e -> "automated".equals(e.user()));
        assertThat(drilled.status()).isEqualTo("active");
    }

    @Test
    void anObserveOnlyRuleBreachesWithoutActingAndTheCanaryCompletes() {
        Drilled drilled = drill("observe-only-rule");

        assertThat(drilled.out()).contains("As expected: no rollback, final status active, an observed rule breached without acting",
                "Observed breaches (recorded, not acted on): ", "rollout completed").doesNotContain("engine rolled back");
        assertThat(drilled.events()).as("the breach is recorded in the audit trail")
                .anyMatch(e -> e.details().containsKey("observed"))
                .noneMatch(e -> e.type() == io.bellwether.domain.EventType.MODEL_ROLLED_BACK);
        assertThat(drilled.status()).isEqualTo("active");
    }

    @Test
    void aScenarioExpectingAutomaticProgressionWithoutItIsRefusedNamingTheField() throws Exception {
        ObjectNode scenario = (ObjectNode) JsonFiles.read(getClass().getResourceAsStream("/drills/healthy-canary.json"));
        ((ObjectNode) scenario.get("expect")).put("automatic_progression", true);
        Path file = dir.resolve("manual.json");
        Files.writeString(file, scenario.toString());

        Run run = run("drill", "run", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("expect.automatic_progression").doesNotContain("Exception");
    }

    private static List<Path> temporaryDrills() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("bellwether-drill")).sorted().toList();
        }
    }

    @Test
    void aScenarioWhoseExpectationIsMissedExitsOne() throws Exception {
        ObjectNode scenario = (ObjectNode) JsonFiles.MAPPER.readTree(
                DrillCommandTest.class.getResourceAsStream("/drills/latency-creep.json"));
        ((ObjectNode) scenario.get("expect")).put("detected_after", "PT0S").put("detected_by", "PT2H");
        Path file = Files.writeString(dir.resolve("impatient.json"), JsonFiles.write(scenario));

        Run run = run("drill", "run", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_AS_EXPECTED);
        assertThat(run.out()).contains("Not as expected", "after the first fault");
    }

    @Test
    void badInputExitsTwo() throws Exception {
        Run unknown = run("drill", "run", "no-such-scenario");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("is neither a shipped scenario");

        Path file = Files.writeString(dir.resolve("bad.json"), """
                {"name": "x", "duration": "soon", "window": "PT10M", "baseline": {}, "stages": [],
                 "expect": {"rollback": false}}
                """);
        Run invalid = run("drill", "run", file.toString());
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).contains("bad.json: duration must be an ISO-8601 duration");

        assertThat(run("drill", "run", "healthy-canary", "--speed", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void speedPacesTheDrillInRealTime() {
        long started = System.nanoTime();
        // 48 simulated hours in 288 windows at 600000x: 1 ms per window
        Run run = run("drill", "run", "healthy-canary", "--speed", "600000");
        assertThat(run.exitCode()).isZero();
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(288);
    }
}
