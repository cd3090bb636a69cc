package io.bellwether.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.io.JsonFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import static org.assertj.core.api.Assertions.assertThat;

/** The commands run in-process, with stdout and stderr captured. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return JsonFiles.MAPPER.readTree(out);
        }
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

    static Path resource(String name) throws URISyntaxException {
        return Path.of(CommandLineTest.class.getResource(name).toURI());
    }

    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content.replace('\'', '"'));
    }

    static final String HEALTHY = "{'baseline': {'latency_p95': 0.1, 'error_rate': 0.01},"
            + " 'current': {'latency_p95': 0.12, 'error_rate': 0.011}, 'request_count': 500}";
    static final String DEGRADED = "{'baseline': {'latency_p95': 0.1, 'error_rate': 0.01},"
            + " 'current': {'latency_p95': 0.25, 'error_rate': 0.011}, 'request_count': 500}";

    @Test
    void checkPrintsEveryConformanceDecisionInOrder() throws Exception {
        Path cases = resource("/conformance/rollback_cases.json");
        Run run = run("check", cases.toString());
        assertThat(run.err()).isEmpty();
        JsonNode decisions = run.json();
        JsonNode expected = JsonFiles.read(cases);
        assertThat(decisions.size()).isEqualTo(600);
        boolean anyRollback = false;
        for (int i = 0; i < 600; i++) {
            JsonNode want = expected.get(i).get("expected");
            assertThat(decisions.get(i).get("rollback")).as("case %d", i).isEqualTo(want.get("rollback"));
            assertThat(decisions.get(i).get("reasons")).as("case %d", i).isEqualTo(want.get("reasons"));
            anyRollback |= want.get("rollback").booleanValue();
        }
        assertThat(anyRollback).isTrue();
        assertThat(run.exitCode()).isEqualTo(3);
    }

    @Test
    void checkOfOneHealthyCasePrintsAnObjectAndExitsZero() throws Exception {
        Run run = run("check", file("case.json", HEALTHY).toString());
        assertThat(run.exitCode()).isZero();
        JsonNode decision = run.json();
        assertThat(decision.isObject()).isTrue();
        assertThat(decision.get("rollback").booleanValue()).isFalse();
        assertThat(decision.get("rules").size()).isEqualTo(3);
    }

    @Test
    void checkOfOneDegradedCaseExitsThree() throws Exception {
        Run run = run("check", file("case.json", "[" + HEALTHY + ", " + DEGRADED + "]").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.json().get(1).get("reasons").get(0).asText()).isEqualTo("P95 latency 0.250s is 2.50x baseline 0.100s");
        assertThat(run.json().get(0).get("rollback").booleanValue()).isFalse();
    }

    @Test
    void checkRefusesBadInputWithOneLineNamingCaseAndField() throws Exception {
        Path nan = file("nan.json", "[" + HEALTHY + ", " + HEALTHY.replace("0.12", "NaN") + "]");
        assertOneLineFailure(run("check", nan.toString()), nan + ": case 1: current.latency_p95 must be a finite number (got NaN)");

        Path unordered = file("unordered.json", "[" + HEALTHY.replace("{'latency_p95': 0.12", "{'latency_p50': 0.2, 'latency_p95': 0.12") + "]");
        assertOneLineFailure(run("check", unordered.toString()),
                unordered + ": case 0: current.latency_p50 must not exceed latency_p95 0.12 (got 0.2)");

        Path negative = file("negative.json", HEALTHY.replace("500", "-1"));
        assertOneLineFailure(run("check", negative.toString()), negative + ": case 0: request_count must not be negative (got -1)");
    }

    @Test
    void checkRefusesAFileThatIsNotJson() throws Exception {
        Path broken = file("broken.json", "[" + HEALTHY + ",\n {'baseline': }]");
        Run run = run("check", broken.toString());
        assertThat(run.err()).startsWith(broken + ": not valid JSON at line 2, column");
        assertOneLine(run);
        assertOneLineFailure(run("check", dir.resolve("absent.json").toString()), dir.resolve("absent.json") + ": no such file");
    }

    @Test
    void shadowReportPrintsTheGuidesKeys() throws Exception {
        Run run = run("shadow-report", resource("/conformance/shadow/shadow_3_100.csv").toString());
        assertThat(run.exitCode()).isZero();
        JsonNode report = run.json();
        JsonNode expected = JsonFiles.read(resource("/conformance/shadow/expected.json")).get("shadow_3_100.csv");
        assertThat(report.fieldNames()).toIterable().containsExactlyElementsOf(() -> expected.fieldNames());
        assertThat(report.get("total_requests").asLong()).isEqualTo(100);
        assertThat(report.get("shadow_latency").get("p99").asDouble())
                .isCloseTo(expected.get("shadow_latency").get("p99").asDouble(), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void shadowReportReadsJsonLinesAndEmptyFiles() throws Exception {
        Path lines = file("c.jsonl", "{'primary_latency': 0.1, 'shadow_latency': 0.3, 'agreement': true}\n"
                + "{'primary_latency': 0.2, 'shadow_latency': 0.1, 'agreement': false}\n");
        JsonNode report = run("shadow-report", lines.toString()).json();
        assertThat(report.get("agreement_rate").asDouble()).isEqualTo(0.5);
        assertThat(report.get("average_latency_diff").asDouble()).isCloseTo(0.05, org.assertj.core.api.Assertions.within(1e-15));

        Run empty = run("shadow-report", file("empty.csv", "primary_latency,shadow_latency,agreement\n").toString());
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.json().toString()).isEqualTo("{\"total_requests\":0,\"agreement_rate\":0.0,\"average_latency_diff\":0.0}");
    }

    @Test
    void shadowReportRefusesAMalformedLine() throws Exception {
        Path bad = file("bad.csv", "primary_latency,shadow_latency,agreement\n0.1,0.2,true\n0.1,fast,true\n");
        assertOneLineFailure(run("shadow-report", bad.toString()),
                bad + ": line 3: shadow_latency is not a number (got \"fast\")");
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"", "check", "shadow-report"})
    void everyCommandHasHelpAndVersion(String command) throws Exception {
        String[] help = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        Run run = run(help);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: bellwether").contains("--version");
        String[] version = command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"};
        Run versionRun = run(version);
        assertThat(versionRun.exitCode()).isZero();
        assertThat(versionRun.out().trim()).isEqualTo("bellwether " + VersionProvider.version());
    }

    @Test
    void theVersionIsFilteredFromThePom() throws Exception {
        assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("check").exitCode()).isEqualTo(2);
        assertThat(run("no-such-command").exitCode()).isEqualTo(2);
        assertThat(run().exitCode()).isEqualTo(2);
    }

    static void assertOneLineFailure(Run run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo(message);
        assertOneLine(run);
    }

    static void assertOneLine(Run run) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
