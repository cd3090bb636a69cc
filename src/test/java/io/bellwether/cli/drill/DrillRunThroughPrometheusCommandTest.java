package io.bellwether.cli.drill;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.Main;
import io.bellwether.cli.ExitCodes;
import io.bellwether.io.JsonFiles;
import io.bellwether.metrics.LocalPrometheus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code bellwether drill run --through-prometheus}: end to end with a real Prometheus, and without one. */
class DrillRunThroughPrometheusCommandTest {
    @TempDir
    Path dir;

    @Test
    void aDrillThroughPrometheusSaysWhereItsMetricsCameFromAndPasses() throws Exception {
        LocalPrometheus.binary("prometheus");
        LocalPrometheus.binary("promtool");
        Path report = dir.resolve("report.json");

        DrillCommandTest.Run run = DrillCommandTest.run("drill", "run", "latency-regression", "--through-prometheus",
                "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("Metrics came through Prometheus at http://127\\.0\\.0\\.1:[0-9]+"
                + " \\(summary preset\\)").contains("+12h 10m engine rolled back: P95 latency", "As expected",
                "Engine rollback: 12h 10m into the drill; detection time: 10m");
        JsonNode json = JsonFiles.read(report);
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.get("metrics_source").asText()).startsWith("Prometheus at http://127.0.0.1:")
                .endsWith("(summary preset)");
    }

    @Test
    void withoutPrometheusOnThePathItSaysHowToInstallItAndExits2() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString());
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "drill", "run", "healthy-canary", "--through-prometheus");
        builder.environment().put("PATH", empty.toString());
        builder.environment().put("HOME", dir.toString());
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }

        assertThat(process.exitValue()).isEqualTo(ExitCodes.BAD_INPUT);
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly("--through-prometheus: `prometheus` is not on the PATH: install it with"
                + " `apt-get install -y prometheus`");
    }
}
