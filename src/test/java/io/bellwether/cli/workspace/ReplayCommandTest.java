package io.bellwether.cli.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.cli.WorkspaceCli;
import io.bellwether.io.JsonFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bellwether replay}: a canary (default rules: multiplier 2.0; baseline p95 50 ms) with a 1.8x check
 * recorded healthy and a 2.2x check that rolled it back, replayed with multiplier 1.5.
 */
class ReplayCommandTest {
    static final String STORED = "SELECT (SELECT COUNT(*) FROM deployments), (SELECT COUNT(*) FROM audit_events),"
            + " (SELECT COUNT(*) FROM health_checks), (SELECT MAX(status) FROM deployments)";

    @TempDir
    Path dir;

    WorkspaceCli cli;
    String id;

    String recordedCanary() throws Exception {
        cli = new WorkspaceCli(dir);
        Path baseline = Files.writeString(dir.resolve("baseline.json"),
                "{\"latency_p50\": 0.035, \"latency_p95\": 0.050, \"latency_p99\": 0.075, \"error_rate\": 0.001}");
        id = cli.run("deployments", "create", "--model", "fraud", "--model-version", "2", "--strategy", "canary",
                "--baseline", baseline.toString()).out().strip();
        cli.run("deployments", "start", id);
        cli.run("health", "add", id, "--status", "healthy", "--p50", "0.035", "--p95", "0.051", "--p99", "0.076",
                "--error-rate", "0.001");
        cli.run("health", "add", id, "--status", "healthy", "--p50", "0.036", "--p95", "0.090", "--p99", "0.120",
                "--error-rate", "0.0015");
        cli.run("health", "add", id, "--status", "unhealthy", "--p50", "0.040", "--p95", "0.110", "--p99", "0.160",
                "--error-rate", "0.001", "--update-metrics");
        assertThat(cli.run("health", "check", id, "--requests", "5000").exitCode()).isEqualTo(3);
        return id;
    }

    Path config(String json) throws Exception {
        return Files.writeString(dir.resolve("rules.json"), json);
    }

    @Test
    void printsTheChecksSideBySideWithTheFlipsAndWhenTheRollbackWouldHaveFired() throws Exception {
        recordedCanary();
        String before = cli.rows(STORED);
        Path rules = config("{\"latency_threshold_multiplier\": 1.5}");

        WorkspaceCli.Run human = cli.run("replay", id, "--config", rules.toString());

        assertThat(human.exitCode()).as(human.out()).isZero();
        String[] lines = human.out().split("\n");
        assertThat(lines[0]).startsWith("Replay of fraud:2 (" + id + ") over 3 recorded health checks");
        assertThat(lines[1]).contains("latency_threshold_multiplier 1.5").contains("failure_limit 0");
        assertThat(lines[2]).matches("time\\s+recorded\\s+replayed\\s+flip");
        assertThat(lines[3]).contains("healthy").doesNotContain("*");
        assertThat(lines[4]).matches(".*healthy\\s+unhealthy ROLLBACK\\s+\\*  P95 latency 0.090s is 1.80x baseline.*");
        assertThat(lines[5]).matches(".*unhealthy ROLLBACK\\s+unhealthy\\s+\\*  After the replayed rollback.*");
        assertThat(lines[6]).startsWith("2 of 3 checks flip; replayed rollback at ").contains("earlier than recorded");

        WorkspaceCli.Run json = cli.run("replay", id, "--config", rules.toString(), "--json");
        assertThat(json.exitCode()).isZero();
        JsonNode node = JsonFiles.MAPPER.readTree(json.out());
        assertThat(node.get("flips").asInt()).isEqualTo(2);
        assertThat(node.get("rules").get("latency_threshold_multiplier").asDouble()).isEqualTo(1.5);
        assertThat(node.get("checks").get(1).get("replayed_action").asText()).isEqualTo("rollback");
        assertThat(node.get("checks").get(2).get("recorded_action").asText()).isEqualTo("rollback");
        assertThat(node.get("rollback").get("replayed").asText()).isEqualTo(node.get("checks").get(1)
                .get("timestamp").asText());
        assertThat(node.get("rollback").get("gained_seconds").asLong()).isNotNegative();
        assertThat(cli.rows(STORED)).isEqualTo(before);
    }

    @Test
    void aBadConfigOrAnUnknownDeploymentIsRefusedNamingWhatIsWrongAndNothingChanges() throws Exception {
        recordedCanary();
        String before = cli.rows(STORED);
        String[][] cases = {
                {"{\"multiplier\": 1.5}", "multiplier is not a replay setting"},
                {"{\"failure_limit\": -1}", "failure_limit must not be negative"},
                {"{\"unknown_limit\": -2}", "unknown_limit must not be negative"},
                {"{\"rule_modes\": {\"latency_p50\": \"observe\"}}", "rule_modes.latency_p50 is not a rule"},
                {"{\"rule_modes\": {\"latency_p95\": \"halt\"}}", "rule_modes.latency_p95 must be one of rollback, pause, observe"},
                {"{\"custom_rules\": [{\"metric\": \"cost\", \"direction\": \"up\", \"bound\": 1}]}", "direction"},
                {"[1, 2]", "replay config must be a JSON object"}};
        for (String[] bad : cases) {
            WorkspaceCli.Run run = cli.run("replay", id, "--config", config(bad[0]).toString());
            assertThat(run.exitCode()).as(bad[0]).isEqualTo(2);
            assertThat(run.out()).as(bad[0]).contains("rules.json: ").contains(bad[1]).doesNotContain("Exception")
                    .hasLineCount(1);
        }
        WorkspaceCli.Run unknown = cli.run("replay", "deploy_nope", "--config", config("{}").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.out()).contains("not found: deploy_nope").hasLineCount(1);
        assertThat(cli.rows(STORED)).isEqualTo(before);

        String empty = cli.run("deployments", "create", "--model", "fraud", "--model-version", "3", "--strategy",
                "canary").out().strip();
        WorkspaceCli.Run none = cli.run("replay", empty, "--config", config("{}").toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.out()).contains(empty + " has no recorded health checks to replay");
    }

    @Test
    void aWindowReplaysOnlyItsChecksAndABadBoundIsRefusedNamingIt() throws Exception {
        recordedCanary();
        Path rules = config("{\"latency_threshold_multiplier\": 1.5}");
        JsonNode whole = JsonFiles.MAPPER.readTree(cli.run("replay", id, "--config", rules.toString(), "--json").out());
        String second = whole.get("checks").get(1).get("timestamp").asText();

        WorkspaceCli.Run firstTwo = cli.run("replay", id, "--config", rules.toString(), "--to", second, "--json");

        assertThat(firstTwo.exitCode()).as(firstTwo.out()).isZero();
        JsonNode node = JsonFiles.MAPPER.readTree(firstTwo.out());
        assertThat(node.get("window").get("from").isNull()).isTrue();
        assertThat(node.get("window").get("to").asText()).isEqualTo(second);
        assertThat(node.get("checks_replayed").asInt()).isEqualTo(2);
        assertThat(node.get("checks").get(1).get("recorded_action").asText()).isEqualTo("none");
        assertThat(node.get("rollback").get("replayed").asText()).isEqualTo(second);
        WorkspaceCli.Run text = cli.run("replay", id, "--config", rules.toString(), "--from", second);
        assertThat(text.out().split("\n")[0]).endsWith(" over 2 recorded health checks from "
                + second.substring(0, 10) + " " + second.substring(11, 19) + ", times UTC");

        String before = cli.rows(STORED);
        WorkspaceCli.Run garbled = cli.run("replay", id, "--config", rules.toString(), "--from", "yesterday");
        assertThat(garbled.exitCode()).isEqualTo(2);
        assertThat(garbled.out()).contains("from must be an ISO instant, e.g. 2026-03-14T00:00:00Z (got yesterday)")
                .doesNotContain("Exception").hasLineCount(1);
        WorkspaceCli.Run backwards = cli.run("replay", id, "--config", rules.toString(), "--from", second, "--to",
                whole.get("checks").get(0).get("timestamp").asText());
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.out()).contains("replay window starts after it ends").hasLineCount(1);
        WorkspaceCli.Run empty = cli.run("replay", id, "--config", rules.toString(), "--from", "2999-01-01T00:00:00Z");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.out()).contains(id + " has no recorded health checks from 2999-01-01T00:00:00Z to replay")
                .hasLineCount(1);
        assertThat(cli.rows(STORED)).isEqualTo(before);
    }
}
