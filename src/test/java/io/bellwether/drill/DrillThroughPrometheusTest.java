package io.bellwether.drill;

import io.bellwether.application.port.out.MetricsBackfill;
import io.bellwether.metrics.BackfilledPrometheus;
import io.bellwether.metrics.LocalPrometheus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Drills whose metrics are backfilled into a real Prometheus and read back through the Prometheus adapter
 * (the metrics watcher's path) decide exactly as the same drills fed directly: the same outcome, the same
 * decision and health in every window, the same rollback moment; and Prometheus is gone afterwards.
 */
class DrillThroughPrometheusTest {
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:[0-9]+");

    @TempDir
    Path folder;

    @BeforeEach
    void requirePrometheus() {
        LocalPrometheus.binary("prometheus");
        LocalPrometheus.binary("promtool");
    }

    static Stream<String> shipped() {
        return ShippedScenarios.NAMES.stream();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void throughPrometheusTheEngineDecidesAsOnTheDirectFeed(String name) throws Exception {
        DrillScenario scenario = ShippedScenarios.load(name);
        DrillReport direct;
        List<WindowResult> directWindows;
        try (DrillRun run = DrillRun.open(scenario, DrillMode.AUTOMATIC, folder.resolve("direct"))) {
            directWindows = run.runToEnd();
            direct = run.report();
        }
        List<Path> foldersBefore = prometheusFolders();
        DrillReport through;
        List<WindowResult> throughWindows;
        long missingNamingTheQuery;
        try (DrillRun run = DrillRun.openThroughPrometheus(scenario, folder.resolve("prometheus"))) {
            throughWindows = run.runToEnd();
            through = run.report();
            assertThat(run.workspace().metricsBindings().find(run.deploymentId())).as("the deployment is bound")
                    .hasValueSatisfying(b -> assertThat(b.templates().get("latency_p95"))
                            .contains("bellwether_request_duration_seconds", "quantile=\"0.95\""));
            missingNamingTheQuery = run.workspace().queries().healthHistory(run.deploymentId(), null, null).stream()
                    .filter(check -> check.status() == io.bellwether.domain.HealthStatus.UNKNOWN)
                    .filter(check -> check.message().contains("query `")).count();
        }

        assertThat(through.metricsSource()).matches("Prometheus at http://127\\.0\\.0\\.1:[0-9]+ \\(summary preset\\)");
        assertThat(direct.metricsSource()).contains("directly");
        assertThat(through.passed()).as(through.verdict()).isEqualTo(direct.passed()).isTrue();
        assertThat(through.verdict()).isEqualTo(direct.verdict());
        assertThat(through.finalStatus()).isEqualTo(direct.finalStatus());
        assertThat(through.engineRollback()).isEqualTo(direct.engineRollback());
        assertThat(through.detectionTime()).isEqualTo(direct.detectionTime());
        assertThat(through.promotions()).isEqualTo(direct.promotions());
        assertThat(through.windowsWithoutData()).isEqualTo(direct.windowsWithoutData());
        assertThat(missingNamingTheQuery).as("each window without data is an UNKNOWN check naming the query")
                .isEqualTo(through.windowsWithoutData());
        assertThat(throughWindows).hasSameSizeAs(directWindows);
        for (int i = 0; i < directWindows.size(); i++) {
            WindowResult d = directWindows.get(i);
            WindowResult p = throughWindows.get(i);
            String window = name + " window " + i + " ending " + d.to();
            assertThat(p.health()).as(window).isEqualTo(d.health());
            assertThat(p.event()).as(window).isEqualTo(d.event());
            assertThat(p.stage()).as(window).isEqualTo(d.stage());
            assertThat(p.statusAfter()).as(window).isEqualTo(d.statusAfter());
            assertThat(p.measured()).as(window).isEqualTo(d.measured());
            if (d.decision() != null) {
                assertThat(p.decision().rollback()).as(window).isEqualTo(d.decision().rollback());
                assertThat(p.decision().skipped()).as(window).isEqualTo(d.decision().skipped());
                assertThat(p.decision().reasons()).as(window).isEqualTo(d.decision().reasons());
            }
            if (d.measured()) {
                assertThat(p.requestCount()).as(window).isEqualTo(d.requestCount());
                assertThat(p.metrics().latencyP95()).as(window).isCloseTo(d.metrics().latencyP95(), within(1e-12));
                assertThat(p.metrics().errorRate()).as(window).isCloseTo(d.metrics().errorRate(), within(1e-12));
                assertThat(p.metrics().customMetrics().keySet()).as(window).isEqualTo(d.metrics().customMetrics().keySet());
            }
        }
        assertSameAnswers(through.checklist(), direct.checklist());
        assertThat(prometheusFolders()).as("the Prometheus folder is removed").isEqualTo(foldersBefore);
        assertStopped(through.metricsSource());
    }

    @Test
    void aPrometheusThatIsNotReadyInTimeIsStoppedAndSaysSo() throws Exception {
        List<Path> foldersBefore = prometheusFolders();
        MetricsBackfill impatient = new BackfilledPrometheus(System::getenv, Duration.ofMillis(1));

        assertThatThrownBy(() -> DrillRun.openThroughPrometheus(ShippedScenarios.load("healthy-canary"),
                folder.resolve("drill"), impatient))
                .isInstanceOfSatisfying(MetricsBackfill.UnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(MetricsBackfill.UnavailableException.Reason.NOT_READY);
                    assertThat(e.getMessage()).startsWith("prometheus was not ready within ").doesNotContain("\n");
                });
        assertThat(prometheusFolders()).isEqualTo(foldersBefore);
    }

    @Test
    void withoutTheBinariesOnThePathItSaysHowToInstallBeforeRehearsing() {
        MetricsBackfill nowhere = new BackfilledPrometheus(variable -> "PATH".equals(variable)
                ? folder.resolve("empty").toString() : null, Duration.ofSeconds(5));
        long started = System.nanoTime();

        assertThatThrownBy(() -> DrillRun.openThroughPrometheus(ShippedScenarios.load("healthy-canary"),
                folder.resolve("drill"), nowhere))
                .isInstanceOfSatisfying(MetricsBackfill.UnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(MetricsBackfill.UnavailableException.Reason.NOT_INSTALLED);
                    assertThat(e.getMessage()).isEqualTo(
                            "`prometheus` is not on the PATH: install it with `apt-get install -y prometheus`");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused before the rehearsal runs")
                .isLessThan(Duration.ofSeconds(2));
        assertThat(folder.resolve("drill.mv.db")).doesNotExist();
    }

    /**
     * The same answers from the same windows. The evidence's values are shown to 4 places; a value read back
     * from Prometheus may differ in its last bit (a rate is a difference of counters), which can move a
     * value that sits on a rounding boundary (0.00105) by one shown step.
     */
    static void assertSameAnswers(List<ChecklistItem> through, List<ChecklistItem> direct) {
        assertThat(through).hasSameSizeAs(direct);
        Pattern number = Pattern.compile("[0-9]+\\.[0-9]{4}");
        for (int i = 0; i < direct.size(); i++) {
            ChecklistItem p = through.get(i);
            ChecklistItem d = direct.get(i);
            assertThat(p.answer()).as(d.question()).isEqualTo(d.answer());
            assertThat(p.firstYesAt()).as(d.question()).isEqualTo(d.firstYesAt());
            assertThat(number.matcher(p.evidence()).replaceAll("#")).isEqualTo(number.matcher(d.evidence()).replaceAll("#"));
            Matcher shown = number.matcher(p.evidence());
            Matcher expected = number.matcher(d.evidence());
            while (expected.find()) {
                assertThat(shown.find()).isTrue();
                assertThat(Double.parseDouble(shown.group())).as(p.evidence())
                        .isCloseTo(Double.parseDouble(expected.group()), within(1.0001e-4));
            }
        }
    }

    static void assertStopped(String source) throws InterruptedException {
        Matcher url = URL.matcher(source);
        assertThat(url.find()).isTrue();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create(url.group() + "/-/ready"))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()))
                .as("Prometheus is stopped").isInstanceOf(IOException.class);
    }

    static List<Path> prometheusFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("bellwether-prometheus")).sorted().toList();
        }
    }
}
