package io.bellwether.ui.actions;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsCredentials;
import io.bellwether.application.port.in.MetricsPresets;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.EventType;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.ScriptedPrompts;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** The New deployment form's "Metrics from Prometheus" section: presets, validation, and create + bind in one go. */
class NewDeploymentMetricsTest {
    @TempDir
    Path dir;

    private static NewDeploymentViewModel filledIn() {
        NewDeploymentViewModel form = new NewDeploymentViewModel("alice");
        form.text(NewDeploymentViewModel.MODEL_NAME).set("fraud_detector");
        form.text(NewDeploymentViewModel.MODEL_VERSION).set("v2.0.0");
        return form;
    }

    @Test
    void the_section_is_off_by_default_and_then_binds_nothing() {
        NewDeploymentViewModel form = filledIn();
        assertThat(form.metrics().enabledProperty().get()).isFalse();
        assertThat(form.check().validProperty().get()).isTrue();
        assertThat(form.toNewDeployment().metricsBindingOrNull()).isNull();
    }

    @Test
    void a_preset_with_a_prefix_fills_the_templates_as_metrics_bind_does() {
        NewDeploymentViewModel form = filledIn();
        PrometheusFormViewModel metrics = form.metrics();
        metrics.enabledProperty().set(true);
        metrics.urlProperty().set("http://prometheus.internal:9090");
        metrics.presetProperty().set(MetricsPresets.Preset.SUMMARY);
        metrics.prefixProperty().set("fraud_api");
        metrics.windowProperty().set("2m");
        metrics.bearerVariableProperty().set("PROM_TOKEN");

        assertThat(form.check().validProperty().get()).as(form.check().errors().toString()).isTrue();
        MetricsBinding binding = form.toNewDeployment().metricsBindingOrNull();
        assertThat(binding.baseUrl()).isEqualTo(URI.create("http://prometheus.internal:9090"));
        assertThat(binding.templates()).isEqualTo(MetricsPresets.summary("fraud_api"));
        assertThat(binding.window()).isEqualTo("2m");
        assertThat(binding.credentials()).isEqualTo(MetricsCredentials.bearer("${env:PROM_TOKEN}"));
        assertThat(binding.hasLiveBaseline()).isFalse();
    }

    @Test
    void each_refused_field_has_its_message_and_the_form_cannot_be_created() {
        NewDeploymentViewModel form = filledIn();
        PrometheusFormViewModel metrics = form.metrics();
        metrics.enabledProperty().set(true);
        assertThat(form.check().errorFor(PrometheusFormViewModel.URL)).isEqualTo(
                "prometheus_url is required when metrics come from Prometheus (got nothing)");
        assertThat(form.check().validProperty().get()).isFalse();

        metrics.urlProperty().set("ftp://prometheus.internal");
        assertThat(form.check().errorFor(PrometheusFormViewModel.URL)).startsWith("Prometheus URL must be an absolute"
                + " http:// or https:// URL").doesNotContain("(new)");
        metrics.urlProperty().set("http://prometheus internal");
        assertThat(form.check().errorFor(PrometheusFormViewModel.URL)).startsWith("prometheus_url is not a URL");
        metrics.urlProperty().set("http://127.0.0.1:9090");
        metrics.prefixProperty().set("9lives");
        assertThat(form.check().errorFor(PrometheusFormViewModel.PREFIX)).contains("\"9lives\"")
                .contains("must be a Prometheus metric name");
        metrics.prefixProperty().set("fraud_api");
        metrics.windowProperty().set("five minutes");
        assertThat(form.check().errorFor(PrometheusFormViewModel.WINDOW)).startsWith("window must be a Prometheus duration");
        metrics.windowProperty().set("5m");
        metrics.bearerVariableProperty().set("not a name");
        assertThat(form.check().errorFor(PrometheusFormViewModel.BEARER)).contains("must be the name of an environment variable");
        metrics.bearerVariableProperty().set("${env:PROM_TOKEN}");
        assertThat(form.check().validProperty().get()).as(form.check().errors().toString()).isTrue();

        metrics.enabledProperty().set(false);
        metrics.urlProperty().set("nonsense");
        assertThat(form.check().validProperty().get()).as("an unused section is not checked").isTrue();
    }

    @Test
    void creating_stores_the_deployment_and_its_binding_together_with_both_audit_events() {
        NewDeploymentViewModel form = filledIn();
        form.metrics().enabledProperty().set(true);
        form.metrics().urlProperty().set("http://127.0.0.1:9090");
        ScriptedPrompts prompts = new ScriptedPrompts();
        prompts.newDeployment = form.toNewDeployment();
        List<String> changed = new ArrayList<>();
        try (Workspace workspace = Bellwether.openRecordOnly(dir.resolve("ws"))) {
            DeploymentActions actions = new DeploymentActions(workspace, new InlineTaskExecutor(), prompts,
                    new SimpleObjectProperty<>(), new SimpleStringProperty("alice"), changed::add, java.time.Clock.systemUTC());

            actions.newDeploymentCommand().execute();

            assertThat(prompts.errors).isEmpty();
            Deployment created = workspace.queries().getDeployment(changed.get(0));
            MetricsBinding stored = workspace.metricsBindings().find(created.deploymentId()).orElseThrow();
            assertThat(stored.templates()).isEqualTo(MetricsPresets.histogram(MetricsPresets.DEFAULT_PREFIX));
            assertThat(actions.status().messageProperty().get()).isEqualTo("Created fraud_detector:v2.0.0 ("
                    + created.deploymentId() + "), metrics from Prometheus http://127.0.0.1:9090");
            List<AuditEvent> events = workspace.audit().query(new AuditQuery(null, null, null,
                    created.deploymentId(), null, null));
            assertThat(events).extracting(AuditEvent::type)
                    .containsExactlyInAnyOrder(EventType.DEPLOYMENT_CREATED, EventType.CONFIGURATION_CHANGED);
            assertThat(events).filteredOn(e -> e.type() == EventType.CONFIGURATION_CHANGED).singleElement()
                    .satisfies(e -> assertThat(e.user()).isEqualTo("alice"));
        }
    }
}
