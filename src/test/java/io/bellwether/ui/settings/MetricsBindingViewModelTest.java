package io.bellwether.ui.settings;

import io.bellwether.Bellwether;
import io.bellwether.application.UnreachablePrometheus;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsCredentials;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.Deployment;
import io.bellwether.ui.Fixtures;
import io.bellwether.ui.HeldTaskExecutor;
import io.bellwether.ui.InlineTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** Settings' metrics binding section without a toolkit: masked, and Test query on the worker. */
class MetricsBindingViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    String id;

    @BeforeEach
    void boundCanary() {
        workspace = Bellwether.open(dir.resolve("ws"), Clock.systemUTC(), name -> "PROM_TOKEN".equals(name)
                ? "s3cr3t" : null);
        Deployment d = workspace.lifecycle().createDeployment(Fixtures.canary("v2.0.0", "production"));
        id = d.deploymentId();
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("latency_p95", "max(latency{model=\"{model}\"})");
        templates.put("error_rate", "sum(rate(errors[{window}]))");
        workspace.metricsBindings().set(new MetricsBinding(id, UnreachablePrometheus.url(),
                MetricsCredentials.bearer("${env:PROM_TOKEN}"), templates, "5m", null, Duration.ofSeconds(2)), "sre");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private MetricsBindingViewModel form(io.bellwether.ui.TaskExecutor executor, String deploymentId) {
        return new MetricsBindingViewModel(workspace.metricsBindings(), workspace.metricsWatcher(), executor,
                Clock.systemUTC(), deploymentId);
    }

    @Test
    void showsTheBindingMaskedAndTestsEveryQueryOnTheWorker() {
        HeldTaskExecutor worker = new HeldTaskExecutor();
        MetricsBindingViewModel form = form(worker, id);
        assertThat(form.testQueryCommand().isExecutable()).isFalse();
        form.load();
        worker.releaseAll();
        assertThat(form.bindingProperty().get()).contains("token=${env:PROM_TOKEN}").doesNotContain("s3cr3t")
                .contains("latency_p95 = max(latency{model=\"{model}\"})").contains("Baseline: stored");
        assertThat(form.testQueryCommand().isExecutable()).isTrue();

        form.testQueryCommand().execute();
        assertThat(form.testQueryCommand().isRunning()).isTrue();
        assertThat(form.messageProperty().get()).isEqualTo("Querying…");
        assertThat(form.results()).isEmpty();
        worker.releaseAll();

        assertThat(form.results()).hasSize(2).allSatisfy(line -> assertThat(line).contains(": ERROR could not reach")
                .doesNotContain("s3cr3t"));
        assertThat(form.results().get(0)).startsWith("error_rate: ");
        assertThat(form.messageProperty().get()).isEqualTo("2 of 2 queries gave no usable value.");
        assertThat(form.testQueryCommand().isExecutable()).isTrue();
        assertThat(workspace.queries().healthHistory(id, null, null)).as("a test records nothing").isEmpty();
    }

    @Test
    void withoutABindingOrASelectionThereIsNothingToTest() {
        String unbound = workspace.lifecycle().createDeployment(Fixtures.direct("churn", "v1", "staging")).deploymentId();
        MetricsBindingViewModel form = form(new InlineTaskExecutor(), unbound);
        form.load();
        assertThat(form.bindingProperty().get()).startsWith(unbound + " has no metrics binding");
        assertThat(form.testQueryCommand().isExecutable()).isFalse();

        MetricsBindingViewModel none = form(new InlineTaskExecutor(), null);
        none.load();
        assertThat(none.bindingProperty().get()).startsWith("Select a deployment");
        assertThat(none.testQueryCommand().isExecutable()).isFalse();
    }
}
