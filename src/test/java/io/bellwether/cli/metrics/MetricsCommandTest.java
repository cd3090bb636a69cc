package io.bellwether.cli.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.application.UnreachablePrometheus;
import io.bellwether.application.service.Json;
import io.bellwether.cli.ExitCodes;
import io.bellwether.cli.WorkspaceCli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code bellwether metrics bind|show|unbind|test} in-process; no Prometheus is needed (nothing answers). */
class MetricsCommandTest {
    static final String BINDINGS_AND_EVENTS = "SELECT (SELECT COUNT(*) FROM metrics_bindings),"
            + " (SELECT COUNT(*) FROM audit_events)";

    @TempDir
    Path dir;
    WorkspaceCli cli;
    String id;

    @BeforeEach
    void liveCanary() {
        cli = new WorkspaceCli(dir);
        id = cli.run("deployments", "create", "--model", "fraud", "--model-version", "v2", "--strategy", "canary")
                .out().strip();
        assertThat(cli.run("deployments", "start", id).exitCode()).isZero();
    }

    @Test
    void a_binding_is_set_shown_masked_replaced_and_removed_each_change_audited() throws Exception {
        WorkspaceCli.Run bind = cli.run("metrics", "bind", id, "--url", "https://prometheus.internal:9090",
                "--preset", "summary", "--bearer-env", "PROM_TOKEN", "--template",
                "shadow_agreement=avg(agreement{model=\"{model}\"})", "--operator", "sre");
        assertThat(bind.exitCode()).as(bind.out()).isZero();

        WorkspaceCli.Run show = cli.run("metrics", "show", id, "--json");
        assertThat(show.exitCode()).isZero();
        JsonNode shown = Json.mapper().readTree(show.out());
        assertThat(shown.path("base_url").asText()).isEqualTo("https://prometheus.internal:9090");
        assertThat(shown.path("credentials").path("token").asText()).isEqualTo("${env:PROM_TOKEN}");
        assertThat(shown.path("templates").path("latency_p95").asText())
                .isEqualTo("max(bellwether_request_duration_seconds{model=\"{model}\",version=\"{version}\","
                        + "environment=\"{environment}\",quantile=\"0.95\"})");
        assertThat(shown.path("templates").path("shadow_agreement").asText()).isEqualTo("avg(agreement{model=\"{model}\"})");
        assertThat(cli.run("metrics", "show", id).out()).contains("credentials  {kind=bearer, token=${env:PROM_TOKEN}}")
                .contains("baseline     stored");

        assertThat(cli.run("metrics", "bind", id, "--url", "http://127.0.0.1:9090", "--preset", "histogram",
                "--basic-user", "grafana", "--basic-password-env", "PROM_PASSWORD", "--live-baseline", "v1").exitCode())
                .isZero();
        assertThat(cli.run("metrics", "show", id).out()).contains("username=grafana, password=${env:PROM_PASSWORD}")
                .contains("baseline     live, version v1");
        WorkspaceCli.Run unbind = cli.run("metrics", "unbind", id, "--operator", "sre");
        assertThat(unbind.exitCode()).isZero();
        assertThat(unbind.out()).isEqualTo(id + " unbound\n");
        WorkspaceCli.Run again = cli.run("metrics", "unbind", id);
        assertThat(again.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.out()).isEqualTo("bellwether metrics unbind: deployment " + id
                + " has no metrics binding to remove (got (no metrics binding))\n");

        assertThat(cli.rows("SELECT action, user_name FROM audit_events WHERE resource_type = 'metrics_binding'"
                + " ORDER BY sequence")).isEqualTo("set_metrics_binding|sre|\nset_metrics_binding|"
                + System.getProperty("user.name") + "|\nremove_metrics_binding|sre|\n");
        assertThat(cli.rows("SELECT COUNT(*) FROM metrics_bindings")).isEqualTo("0|\n");
    }

    record Case(String named, String... args) {
    }

    @Test
    void bad_input_is_one_line_naming_what_is_wrong_exit_2_and_nothing_stored() throws Exception {
        String before = cli.rows(BINDINGS_AND_EVENTS);
        String url = "http://127.0.0.1:9090";
        List<Case> cases = List.of(
                new Case("Prometheus URL must be an absolute http:// or https:// URL", id, "--url", "ftp://prom:21",
                        "--preset", "histogram"),
                new Case("Prometheus URL must be", id, "--url", "prometheus:9090", "--preset", "histogram"),
                new Case("url is not a URL", id, "--url", "http://a b", "--preset", "histogram"),
                new Case("metric error_rate query has an unknown placeholder {service}", id, "--url", url,
                        "--template", "error_rate=rate(errors{service=\"{service}\"}[5m])"),
                new Case("metric latency_p95 query does not parse: '(' is never closed", id, "--url", url,
                        "--template", "latency_p95=histogram_quantile(0.95, rate(x[5m])"),
                new Case("preset must be one of histogram, summary (got gauge)", id, "--url", url, "--preset", "gauge"),
                new Case("metric name must be one of", id, "--url", url, "--template", "p95 latency=x"),
                new Case("templates are required", id, "--url", url),
                new Case("credentials take one kind", id, "--url", url, "--preset", "summary", "--bearer-env", "T",
                        "--basic-user", "u", "--basic-password-env", "P"),
                new Case("basic auth needs both --basic-user and --basic-password-env", id, "--url", url, "--preset",
                        "summary", "--basic-password-env", "P"),
                new Case("bearer token must be an ${env:NAME} reference", id, "--url", url, "--preset", "summary",
                        "--bearer-env", "not a name"),
                new Case("window must be a Prometheus duration", id, "--url", url, "--preset", "summary",
                        "--window", "five minutes"),
                new Case("live-baseline needs a stable version: no ACTIVE deployment of fraud", id, "--url", url,
                        "--preset", "summary", "--live-baseline"),
                new Case("nope", "nope", "--url", url, "--preset", "histogram"));
        for (Case c : cases) {
            List<String> args = new ArrayList<>(List.of("metrics", "bind"));
            args.addAll(List.of(c.args()));
            WorkspaceCli.Run run = cli.run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(c.named() + ": " + run.out()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.out().lines()).as(c.named()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("bellwether metrics bind: ").contains(c.named()).doesNotContain("Exception", "\tat "));
        }
        assertThat(cli.rows(BINDINGS_AND_EVENTS)).isEqualTo(before);
        assertThat(cli.run("metrics", "show", "nope").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("metrics", "show", id).out()).isEqualTo("bellwether metrics show: deployment " + id
                + " has no metrics binding (got (no metrics binding))\n");
        assertThat(cli.run("metrics", "test", id).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void test_against_an_unreachable_server_prints_each_metrics_error_exits_8_and_records_nothing() throws Exception {
        String url = UnreachablePrometheus.url().toString();
        assertThat(cli.run("metrics", "bind", id, "--url", url, "--template", "error_rate=sum(rate(e[{window}]))",
                "--template", "latency_p95=max(l)", "--timeout", "2s").exitCode()).isZero();
        String before = cli.rows(BINDINGS_AND_EVENTS + ", (SELECT COUNT(*) FROM health_checks)");

        WorkspaceCli.Run test = cli.run("metrics", "test", id);

        assertThat(test.exitCode()).as(test.out()).isEqualTo(ExitCodes.QUERY_FAILED);
        assertThat(test.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains(" ERROR could not reach "
                + url));
        assertThat(test.out()).startsWith("error_rate ERROR").contains("[sum(rate(e[5m]))]");
        assertThat(cli.rows(BINDINGS_AND_EVENTS + ", (SELECT COUNT(*) FROM health_checks)")).isEqualTo(before);
    }
}
