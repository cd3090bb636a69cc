package io.bellwether.application;

import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsCredentials;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricsBindingTest extends WorkspaceTestBase {
    static final URI PROMETHEUS = URI.create("http://127.0.0.1:9090");

    static MetricsBinding binding(String id, Map<String, String> templates) {
        return new MetricsBinding(id, PROMETHEUS, MetricsCredentials.bearer("${env:PROM_TOKEN}"), templates, "2m",
                null, Duration.ofSeconds(3));
    }

    @Test
    void a_binding_is_stored_with_its_configuration_changed_event_and_survives_a_reopen() {
        String id = create().deploymentId();
        workspace.metricsBindings().set(binding(id, MetricsPresets.histogram("serve")), "sre@company.com");
        AuditEvent event = lastEvent();
        assertThat(event.type()).isEqualTo(EventType.CONFIGURATION_CHANGED);
        assertThat(event.action()).isEqualTo("set_metrics_binding");
        assertThat(event.resourceId()).isEqualTo(id);
        assertThat(event.details().toString()).contains("${env:PROM_TOKEN}", "serve_duration_seconds_bucket");
        reopen();
        MetricsBinding stored = workspace.metricsBindings().find(id).orElseThrow();
        assertThat(stored).isEqualTo(binding(id, MetricsPresets.histogram("serve")));
        assertThat(workspace.metricsBindings().all()).containsExactly(stored);
    }

    @Test
    void a_rebinding_audits_the_previous_binding_and_a_removal_is_audited_once() {
        String id = create().deploymentId();
        workspace.metricsBindings().set(binding(id, MetricsPresets.histogram("a")), "op");
        workspace.metricsBindings().set(binding(id, MetricsPresets.summary("a")), "op");
        assertThat(lastEvent().details().get("previous").toString()).contains("histogram_quantile");
        assertThat(workspace.metricsBindings().remove(id, "op")).isTrue();
        assertThat(lastEvent().action()).isEqualTo("remove_metrics_binding");
        int events = events().size();
        assertThat(workspace.metricsBindings().remove(id, "op")).isFalse();
        assertThat(events()).hasSize(events);
        assertThat(workspace.metricsBindings().find(id)).isEmpty();
    }

    @Test
    void an_unknown_deployment_is_refused_and_nothing_is_written() {
        int events = events().size();
        assertThatThrownBy(() -> workspace.metricsBindings().set(binding("nope", MetricsPresets.histogram("a")), "op"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nope");
        assertThat(events()).hasSize(events);
    }

    @Test
    void bad_templates_are_refused_naming_the_deployment_the_metric_and_the_query_and_nothing_changes() {
        String id = create().deploymentId();
        workspace.metricsBindings().set(binding(id, MetricsPresets.summary("a")), "op");
        int events = events().size();
        assertThatThrownBy(() -> binding(id, Map.of("latency_p95", "rate(x{model=\"{model}\"}[{window}]")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("deployment " + id).hasMessageContaining("metric latency_p95")
                .hasMessageContaining("rate(x{model=\"{model}\"}[{window}]").hasMessageContaining("never closed");
        assertThatThrownBy(() -> binding(id, Map.of("error_rate", "sum(rate(x[{windw}]))")))
                .hasMessageContaining("metric error_rate").hasMessageContaining("unknown placeholder {windw}");
        assertThatThrownBy(() -> binding(id, Map.of("error_rate", "sum(x{a=\"b)\"}))")))
                .hasMessageContaining("')' at character 15 closes nothing");
        assertThatThrownBy(() -> binding(id, Map.of("queue", "x{a=\"b}")))
                .hasMessageContaining("metric queue").hasMessageContaining("not closed");
        assertThatThrownBy(() -> binding(id, Map.of("p95 latency", "x"))).hasMessageContaining("metric name");
        assertThatThrownBy(() -> binding(id, Map.of())).hasMessageContaining("at least one");
        assertThat(events()).hasSize(events);
        assertThat(workspace.metricsBindings().find(id).orElseThrow()).isEqualTo(binding(id, MetricsPresets.summary("a")));
    }

    @Test
    void urls_that_are_not_http_or_hold_credentials_are_refused_without_showing_them() {
        Map<String, String> t = MetricsPresets.histogram("a");
        assertThatThrownBy(() -> new MetricsBinding("d1", URI.create("ftp://127.0.0.1/"), null, t, null, null, null))
                .hasMessageContaining("deployment d1 Prometheus URL").hasMessageContaining("http://");
        assertThatThrownBy(() -> new MetricsBinding("d1", URI.create("http://admin:hunter2@127.0.0.1:9090"), null, t,
                null, null, null)).hasMessageNotContaining("hunter2").hasMessageContaining("user info");
        assertThatThrownBy(() -> new MetricsBinding("d1", URI.create("http://127.0.0.1:9090/?token=abc"), null, t,
                null, null, null)).hasMessageNotContaining("abc");
        assertThatThrownBy(() -> new MetricsBinding("d1", PROMETHEUS, null, t, "five minutes", null, null))
                .hasMessageContaining("window");
    }

    @Test
    void credentials_are_only_environment_references_and_are_never_shown_resolved() {
        assertThatThrownBy(() -> MetricsCredentials.bearer("s3cr3t-token"))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("s3cr3t")
                .hasMessageContaining("${env:NAME}");
        assertThatThrownBy(() -> MetricsCredentials.basic("${env:U}", "pa55word")).hasMessageNotContaining("pa55word");
        MetricsCredentials basic = MetricsCredentials.basic("${env:PROM_USER}", "${env:PROM_PASSWORD}");
        Map<String, String> env = Map.of("PROM_USER", "grafana", "PROM_PASSWORD", "pa55word");
        assertThat(basic.authorization(env::get)).contains("Basic Z3JhZmFuYTpwYTU1d29yZA==");
        assertThat(basic.toString()).doesNotContain("pa55word").contains("${env:PROM_PASSWORD}");
        assertThat(basic.secretValues(env::get)).contains("pa55word", "Basic Z3JhZmFuYTpwYTU1d29yZA==");
        assertThatThrownBy(() -> basic.authorization(name -> null)).hasMessageContaining("PROM_USER")
                .hasMessageContaining("not set");
        MetricsCredentials named = MetricsCredentials.basic("grafana", "${env:PROM_PASSWORD}");
        assertThat(named.authorization(env::get)).as("a user name is no secret; it may be written as it is")
                .contains("Basic Z3JhZmFuYTpwYTU1d29yZA==");
        assertThat(named.secretValues(env::get)).doesNotContain("grafana").contains("pa55word");
        assertThatThrownBy(() -> MetricsCredentials.basic("graf:ana", "${env:PROM_PASSWORD}"))
                .hasMessageContaining("basic auth username must be a name (no ':'");
        assertThatThrownBy(() -> MetricsCredentials.basic("${env:PROM_USER", "${env:PROM_PASSWORD}"))
                .hasMessageContaining("basic auth username");
    }

    @Test
    void placeholders_are_filled_from_the_deployment_the_window_and_the_time_since_the_start() {
        var d = deploymentIn(io.bellwether.domain.DeploymentStatus.IN_PROGRESS);
        Map<String, String> t = new LinkedHashMap<>();
        t.put("request_count", "sum(increase(x{model=\"{model}\",version=\"{version}\",env=\"{environment}\"}"
                + "[{since_start}])) + 0*sum(rate(x[{window}]))");
        MetricsBinding b = binding(d.deploymentId(), t);
        String q = b.queries(d, "v1.0.0", d.startedAt().plusSeconds(90)).get("request_count");
        assertThat(q).isEqualTo("sum(increase(x{model=\"fraud_detector\",version=\"v1.0.0\",env=\"production\"}"
                + "[90s])) + 0*sum(rate(x[2m]))");
    }
}
