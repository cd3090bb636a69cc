package io.bellwether.cli.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.Main;
import io.bellwether.application.UnreachablePrometheus;
import io.bellwether.application.service.Json;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.WorkspaceCli;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bellwether watch} where Prometheus cannot be reached: an UNKNOWN judgement that never rolls back, exit 0;
 * refusals; and a stop by signal that ends the loop cleanly with the documented code. (The judgements on real data
 * are in io.bellwether.metrics.WatchCommandPrometheusTest.)
 */
class WatchCommandTest {
    @TempDir
    Path dir;
    WorkspaceCli cli;
    String id;

    @BeforeEach
    void boundToAnUnreachableServer() throws Exception {
        cli = new WorkspaceCli(dir);
        id = cli.run("deployments", "create", "--model", "fraud", "--model-version", "v2", "--strategy", "canary")
                .out().strip();
        cli.run("deployments", "start", id);
        assertThat(cli.run("metrics", "bind", id, "--url", UnreachablePrometheus.url().toString(), "--preset",
                "histogram", "--timeout", "2s").exitCode()).isZero();
    }

    @Test
    void an_unreachable_server_is_an_unknown_line_exit_0_and_nothing_rolled_back() throws Exception {
        WorkspaceCli.Run watch = cli.run("watch", "--once");

        assertThat(watch.exitCode()).as(watch.out()).isEqualTo(ExitCodes.OK);
        List<String> lines = watch.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode line = Json.mapper().readTree(lines.get(0));
        assertThat(line.path("deployment_id").asText()).isEqualTo(id);
        assertThat(line.path("status").asText()).isEqualTo("unknown");
        assertThat(line.path("decision").asText()).isEqualTo("not_judged");
        assertThat(line.path("rolled_back").asBoolean()).isFalse();
        assertThat(line.path("values").path("latency_p95").isNull()).isTrue();
        assertThat(line.path("message").asText()).startsWith("error_rate: query `(sum(rate(bellwether_request_errors_total{model=\"fraud\"")
                .contains("latency_p95: query `histogram_quantile(0.95,")
                .contains("could not reach http://127.0.0.1:");
        assertThat(cli.rows("SELECT status FROM deployments")).isEqualTo("IN_PROGRESS|\n");
        assertThat(cli.rows("SELECT status, message LIKE 'No metrics received: error_rate: query `%' FROM health_checks"))
                .isEqualTo("UNKNOWN|TRUE|\n");
    }

    @Test
    void rounds_bound_the_loop_and_an_interval_makes_every_round_sample() throws Exception {
        WorkspaceCli.Run watch = cli.run("watch", "--deployment=" + id, "--interval", "200ms", "--rounds", "3");
        assertThat(watch.exitCode()).as(watch.out()).isZero();
        assertThat(watch.out().lines()).hasSize(3).allSatisfy(line -> assertThat(line).contains("\"status\":\"unknown\""));
        assertThat(cli.rows("SELECT COUNT(*) FROM health_checks")).isEqualTo("3|\n");
    }

    @Test
    void a_deployment_that_is_unknown_unbound_or_not_live_is_refused() throws Exception {
        String other = cli.run("deployments", "create", "--model", "churn", "--model-version", "v1", "--strategy",
                "direct").out().strip();
        assertThat(cli.run("watch", "--once", "--deployment", "nope").out()).startsWith("bellwether watch: ")
                .contains("nope");
        assertThat(cli.run("watch", "--once", "--deployment", other).out()).isEqualTo("bellwether watch: deployment "
                + other + " has no metrics binding: bind it with 'bellwether metrics bind' (got (no metrics binding))\n");
        cli.run("deployments", "rollback", id, "--reason", "manual");
        WorkspaceCli.Run notLive = cli.run("watch", "--once", "--deployment", id);
        assertThat(notLive.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(notLive.out()).contains("is not live");
        assertThat(cli.run("watch", "--rounds", "0").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("watch", "--interval", "0s").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void a_signal_ends_the_loop_between_rounds_with_the_documented_code_and_the_workspace_released() throws Exception {
        Process watcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "watch", "--db",
                cli.database().toString(), "--interval", "10m").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(watcher.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).contains("\"status\":\"unknown\"");
            Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(watcher.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue(); // the shutdown hook stops the sleeping loop
            assertThat(watcher.waitFor(40, TimeUnit.SECONDS)).isTrue();
            assertThat(watcher.exitValue()).isEqualTo(ExitCodes.OK);
            assertThat(out.readLine()).isNull();
        } finally {
            watcher.destroyForcibly();
        }
        assertThat(cli.run("metrics", "show", id).exitCode()).as("the workspace was released").isZero();
    }
}
