package io.bellwether.cli.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.cli.BellwetherCommand;
import io.bellwether.io.JsonFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import static org.assertj.core.api.Assertions.assertThat;

/** The workspace subcommands through the real root command, on a temporary database. */
class WorkspaceCommandLineTest {
    @TempDir
    Path folder;

    record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return JsonFiles.MAPPER.readTree(out);
        }
    }

    private Run run(String... args) {
        CommandLine line = BellwetherCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        List<String> withDb = new ArrayList<>(List.of(args));
        withDb.add("--db");
        withDb.add(folder.resolve("cli").toString());
        int code = line.execute(withDb.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private String createCanary() throws IOException {
        Path baseline = folder.resolve("baseline.json");
        Files.writeString(baseline, "{\"latency_p50\": 0.035, \"latency_p95\": 0.050, \"latency_p99\": 0.075,"
                + " \"error_rate\": 0.001, \"requests_per_second\": 1000.0}");
        Run created = run("deployments", "create", "--model", "fraud_detector", "--model-version", "v2.0.0",
                "--strategy", "canary", "--created-by", "devops@company.com", "--baseline", baseline.toString(),
                "--meta", "initial_traffic=0.05", "--meta", "ticket=OPS-1");
        assertThat(created.exitCode()).as(created.err()).isZero();
        return created.out().trim();
    }

    @Test
    void deploymentLifecycleFromTheCommandLine() throws IOException {
        String id = createCanary();
        assertThat(id).startsWith("deploy_").endsWith("_fraud_detector_v2.0.0");

        assertThat(run("deployments", "start", id, "--operator", "alice").exitCode()).isZero();
        assertThat(run("deployments", "complete", id).exitCode()).isZero();
        Run list = run("deployments", "list", "--status", "active");
        assertThat(list.out()).contains(id).contains("active").contains("canary");
        assertThat(run("deployments", "list", "--status", "pending").out()).doesNotContain(id);

        JsonNode shown = run("deployments", "show", id).json();
        assertThat(shown.get("status").asText()).isEqualTo("active");
        assertThat(shown.get("baseline_metrics").get("latency_p95").asDouble()).isEqualTo(0.050);
        assertThat(shown.get("metadata").get("initial_traffic").asDouble()).isEqualTo(0.05);
        assertThat(shown.get("metadata").get("ticket").asText()).isEqualTo("OPS-1");

        Run rollback = run("deployments", "rollback", id, "--reason", "checkout errors", "--triggered-by", "dave",
                "--emergency");
        assertThat(rollback.exitCode()).isZero();
        Run critical = run("audit", "list", "--severity", "critical");
        assertThat(critical.out()).contains(id).contains("MODEL_ROLLED_BACK").contains("dave");
    }

    @Test
    void refusedTransitionAndUnknownIdExitTwoWithOneLine() throws IOException {
        String id = createCanary();

        Run refused = run("deployments", "complete", id);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip()).doesNotContain("\n").contains(id).contains("pending").contains("complete");

        Run unknown = run("deployments", "start", "deploy_nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("not found: deploy_nope");

        Run badStrategy = run("deployments", "create", "--model", "m", "--model-version", "v", "--strategy", "big_bang");
        assertThat(badStrategy.exitCode()).isEqualTo(2);
        assertThat(badStrategy.err()).contains("strategy").contains("big_bang");
    }

    @Test
    void healthCheckRollsBackADegradedCanaryWithExitThree() throws IOException {
        String id = createCanary();
        run("deployments", "start", id);
        Run added = run("health", "add", id, "--status", "unhealthy", "--p50", "0.04", "--p95", "0.2", "--p99", "0.3",
                "--error-rate", "0.09", "--rps", "50", "--message", "errors climbing", "--update-metrics");
        assertThat(added.exitCode()).as(added.err()).isZero();

        Run check = run("health", "check", id, "--requests", "5000");

        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.json().get("rollback").asBoolean()).isTrue();
        assertThat(check.json().get("reasons").get(0).asText()).isEqualTo("Error rate 9.00% exceeds threshold 5.00%");
        JsonNode shown = run("deployments", "show", id).json();
        assertThat(shown.get("status").asText()).isEqualTo("rolled_back");
        assertThat(shown.get("rollback_triggered_by").asText()).isEqualTo("automated");
        assertThat(shown.get("health_checks").get(0).get("message").asText()).isEqualTo("errors climbing");
    }

    @Test
    void healthAddRefusesBadMetricsNamingTheField() throws IOException {
        String id = createCanary();
        Run bad = run("health", "add", id, "--status", "healthy", "--error-rate", "1.5");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("error_rate").contains("1.5");
    }

    @Test
    void shadowRecordLandsAWholeFileAndReports() throws IOException {
        String shadowId = run("shadow", "create", "--primary", "m:1", "--shadow", "m:2").json().get("shadow_id").asText();
        Path file = folder.resolve("comparisons.csv");
        Files.writeString(file, "primary_latency,shadow_latency,agreement\n0.1,0.2,true\n0.3,0.2,false\n0.2,0.2,true\n");

        Run recorded = run("shadow", "record", shadowId, "--from", file.toString());
        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
        assertThat(recorded.out()).contains("recorded 3 comparisons");

        JsonNode report = run("shadow", "report", shadowId).json();
        assertThat(report.get("total_requests").asLong()).isEqualTo(3);
        assertThat(report.get("agreement_rate").asDouble()).isEqualTo(2.0 / 3);
        assertThat(report.get("primary_latency").get("p50").asDouble()).isEqualTo(0.2);
    }

    @Test
    void shadowRecordOfAnEmptyOrHeaderOnlyFileIsRefusedAsImportIs() throws IOException {
        String shadowId = run("shadow", "create", "--primary", "m:1", "--shadow", "m:2").json().get("shadow_id").asText();
        for (String content : new String[] {"", "primary_latency,shadow_latency,agreement\n"}) {
            Path file = Files.writeString(folder.resolve("empty.csv"), content);

            Run recorded = run("shadow", "record", shadowId, "--from", file.toString());

            assertThat(recorded.exitCode()).isEqualTo(2);
            assertThat(recorded.out()).doesNotContain("recorded");
            assertThat(recorded.err()).isEqualTo(file + ": the file holds no comparisons; nothing recorded\n");
        }
    }

    @Test
    void shadowRecordOfABadFileLandsNothing() throws IOException {
        String shadowId = run("shadow", "create", "--primary", "m:1", "--shadow", "m:2").json().get("shadow_id").asText();
        Path file = folder.resolve("bad.jsonl");
        Files.writeString(file, "{\"primary_latency\":0.1,\"shadow_latency\":0.2,\"agreement\":true}\n"
                + "{\"primary_latency\":-1,\"shadow_latency\":0.2,\"agreement\":true}\n");

        Run recorded = run("shadow", "record", shadowId, "--from", file.toString());

        assertThat(recorded.exitCode()).isEqualTo(2);
        assertThat(recorded.err()).contains("line 2").contains("primary_latency");
        assertThat(run("shadow", "report", shadowId).json().get("total_requests").asLong()).isZero();
        assertThat(run("shadow", "record", shadowId, "--from", folder.resolve("missing.csv").toString()).err())
                .contains("no such file");
    }

    @Test
    void auditVerifyExitsFourNamingTheEditedEvent() throws IOException, SQLException {
        String id = createCanary();
        run("deployments", "start", id);
        Run intact = run("audit", "verify");
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).contains("intact: 3 events"); // created, traffic hook called, started

        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("cli"))) {
            connection.createStatement().executeUpdate("UPDATE audit_events SET user_name = 'mallory' WHERE sequence = 1");
        }

        Run broken = run("audit", "verify");
        assertThat(broken.exitCode()).isEqualTo(4);
        assertThat(broken.out()).contains("BROKEN at event 1");
    }

    @Test
    void auditExportsJsonAndCsvAndReports() throws IOException {
        String id = createCanary();
        run("deployments", "start", id);
        run("deployments", "fail", id, "--reason", "bad, \"quoted\" reason");

        JsonNode exported = run("audit", "export", "--format", "json").json();
        assertThat(exported).hasSize(4); // created, traffic hook called, started, failed
        assertThat(exported.get(3).get("event_type").asText()).isEqualTo("DEPLOYMENT_FAILED");
        assertThat(exported.get(3).get("details").get("reason").asText()).isEqualTo("bad, \"quoted\" reason");

        Path csv = folder.resolve("audit.csv");
        Run toFile = run("audit", "export", "--format", "csv", "--resource", id, "--out", csv.toString());
        assertThat(toFile.exitCode()).as(toFile.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(5); // header and four events
        assertThat(lines.get(0)).isEqualTo(String.join(",", io.bellwether.io.AuditEventJson.COLUMNS));
        assertThat(lines.get(4)).contains(",DEPLOYMENT_FAILED,ERROR,")
                .contains(",\"{\"\"os_account\"\":\"\"") // every event records the OS account (issue 14)
                .contains(",\"\"previous_status\"\":\"\"in_progress\"\",\"\"reason\"\":\"\"bad, \\\"\"quoted\\\"\" reason\"\"}\",");

        JsonNode report = run("audit", "report").json();
        assertThat(report.get("total_events").asLong()).isEqualTo(4);
        assertThat(report.get("events_by_type").get("DEPLOYMENT_FAILED").asLong()).isEqualTo(1);
        assertThat(report.get("events_by_severity").get("ERROR").asLong()).isEqualTo(1);

        Run badFormat = run("audit", "export", "--format", "xml");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("format").contains("xml");
    }

    @Test
    void shadowRecordShowsProgressOnLargeFiles() throws IOException {
        String shadowId = run("shadow", "create", "--primary", "m:1", "--shadow", "m:2").json().get("shadow_id").asText();
        Path file = folder.resolve("large.csv");
        StringBuilder csv = new StringBuilder("primary_latency,shadow_latency,agreement\n");
        int rows = 200_000;
        for (int i = 0; i < rows; i++) {
            csv.append(0.010_000_000 + i * 1e-9).append(',').append(0.020_000_000).append(',').append(i % 10 != 0)
                    .append('\n');
        }
        Files.writeString(file, csv);
        assertThat(Files.size(file)).isGreaterThan(ShadowCommand.PROGRESS_ABOVE_BYTES);

        Run recorded = run("shadow", "record", shadowId, "--from", file.toString());

        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
        assertThat(recorded.err()).contains("read 100%").contains("wrote 200000 comparisons");
        assertThat(recorded.err().lines().filter(l -> l.startsWith("read ")).count()).isGreaterThan(3);
        assertThat(run("shadow", "report", shadowId).json().get("agreement_rate").asDouble()).isEqualTo(0.9);
    }
}
