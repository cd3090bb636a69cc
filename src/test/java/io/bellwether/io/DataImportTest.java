package io.bellwether.io;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.ShadowComparison;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports land whole, with the values the file holds, or are refused line by line with nothing stored. */
class DataImportTest {
    static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
    static final PerformanceMetrics BASELINE = new PerformanceMetrics(0.035, 0.050, 0.075, 0.001, 1000.0);

    @TempDir
    Path folder;
    Workspace workspace;
    Workspace service;
    DataImport importer;
    String deploymentId;
    String shadowId;

    @BeforeEach
    void open() {
        workspace = Bellwether.openRecordOnly(folder.resolve("ws"));
        service = workspace;
        importer = new DataImport(service);
        deploymentId = service.lifecycle().createDeployment(DeploymentRequest.builder("fraud", "v2", DeploymentStrategy.CANARY, "me")
                .baselineMetrics(BASELINE).rollbackConfig(RollbackConfig.BALANCED).build()).deploymentId();
        shadowId = service.shadows().shadowDeploy("fraud:v1", "fraud:v2", 0.1, Operators.systemUser()).shadowId();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    ImportResult load(ImportKind kind, String text) throws Exception {
        String target = kind == ImportKind.SHADOW_COMPARISONS ? shadowId : deploymentId;
        return importer.importStream(kind, target, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                -1, NOW, null);
    }

    ImportRefusedException refused(ImportKind kind, String text) {
        long events = workspace.audit().verify().eventsChecked();
        int checks = service.queries().healthHistory(deploymentId, null, null).size();
        long comparisons = service.queries().shadowComparisonCount(shadowId);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> load(kind, text));
        assertThat(thrown).isInstanceOf(ImportRefusedException.class);
        assertThat(workspace.audit().verify().eventsChecked()).isEqualTo(events);
        assertThat(service.queries().healthHistory(deploymentId, null, null)).hasSize(checks);
        assertThat(service.queries().shadowComparisonCount(shadowId)).isEqualTo(comparisons);
        return (ImportRefusedException) thrown;
    }

    @Test
    void healthChecksFromCsvKeepEveryValueIncludingQuotedMessagesAndCustomMetrics() throws Exception {
        ImportResult result = load(ImportKind.HEALTH_CHECKS, """
                timestamp,status,message,latency_p50,latency_p95,latency_p99,error_rate,requests_per_second,custom_metrics.conversion
                2026-01-05T09:00:00Z,healthy,"All good, really",0.03,0.05,0.07,0.001,50,0.031

                2026-01-05T09:10:00.123456Z,degraded,"said ""slow""\",0.04,,0.09,0.002,55,
                2026-01-05T09:20:00,unhealthy,,,,,,,
                """);

        assertThat(result.records()).isEqualTo(3);
        assertThat(service.queries().healthHistory(deploymentId, null, null)).containsExactly(
                new HealthCheck(Instant.parse("2026-01-05T09:00:00Z"), HealthStatus.HEALTHY,
                        new PerformanceMetrics(0.03, 0.05, 0.07, 0.001, 50, Map.of("conversion", 0.031)), "All good, really"),
                new HealthCheck(Instant.parse("2026-01-05T09:10:00.123456Z"), HealthStatus.DEGRADED,
                        new PerformanceMetrics(0.04, 0, 0.09, 0.002, 55), "said \"slow\""),
                new HealthCheck(Instant.parse("2026-01-05T09:20:00Z"), HealthStatus.UNHEALTHY, null, ""));
        assertThat(workspace.audit().query(AuditQuery.ALL).get(workspace.audit().query(AuditQuery.ALL).size() - 1)
                .details()).containsEntry("count", 3);
    }

    @Test
    void metricsAreJudgedAgainstTheBaselineWithoutRollingBack() throws Exception {
        load(ImportKind.METRICS, """
                {"timestamp": "2026-01-05T09:00:00Z", "latency_p50": 0.036, "latency_p95": 0.051, "latency_p99": 0.076, "error_rate": 0.001, "request_count": 5000}
                {"timestamp": "2026-01-05T09:10:00Z", "latency_p50": 0.036, "latency_p95": 0.120, "latency_p99": 0.150, "error_rate": 0.001, "request_count": 6000}
                {"timestamp": "2026-01-05T09:20:00Z", "latency_p95": 0.051, "request_count": 10}
                {"timestamp": "2026-01-05T09:30:00Z", "latency_p95": 0.051, "custom_metrics": {"conversion": 0.03}}
                """);

        List<HealthCheck> history = service.queries().healthHistory(deploymentId, null, null);
        assertThat(history).extracting(HealthCheck::status).containsExactly(HealthStatus.HEALTHY,
                HealthStatus.UNHEALTHY, HealthStatus.UNKNOWN, HealthStatus.UNKNOWN);
        assertThat(history.get(1).message()).contains("P95 latency 0.120s is 2.40x baseline 0.050s");
        assertThat(history.get(3).metrics().customMetrics()).containsEntry("conversion", 0.03);
        assertThat(service.queries().getDeployment(deploymentId).rolledBackAt()).isNull();
    }

    @Test
    void shadowComparisonsTakeTheirTimestampOrTheImportTime() throws Exception {
        load(ImportKind.SHADOW_COMPARISONS, """
                agreement,primary_latency,shadow_latency,timestamp,extra
                true,0.05,0.06,2026-01-05T09:00:00Z,x
                false,0.04,0.07,,y
                """);

        assertThat(service.queries().shadowComparisons(shadowId, null, null)).containsExactly(
                ShadowComparison.of(Instant.parse("2026-01-05T09:00:00Z"), 0.05, 0.06, true),
                ShadowComparison.of(NOW, 0.04, 0.07, false));
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndReason() {
        ImportRefusedException e = refused(ImportKind.HEALTH_CHECKS, """
                timestamp,status,latency_p95,error_rate
                2026-01-05T09:00:00Z,healthy,0.05,0.001
                2026-01-05T09:10:00Z,fine,0.05,0.001
                2026-01-05T09:20:00Z,healthy,NaN,0.001

                2026-01-05T09:30:00Z,healthy,0.05
                yesterday,healthy,0.05,0.001
                2026-01-05T09:50:00Z,healthy,0.05,1.5
                2026-01-05T10:00:00Z,healthy,fast,0.001
                2026-01-05T10:10:00Z,healthy,0.05,0.001
                """);

        assertThat(e.problems()).extracting(LineProblem::line).containsExactly(3L, 4L, 6L, 7L, 8L, 9L);
        assertThat(e.problems()).extracting(LineProblem::field).containsExactly("health status", "latency_p95",
                null, "timestamp", "error_rate", "latency_p95");
        assertThat(e.problems().get(0).reason()).contains("fine").contains("healthy");
        assertThat(e.problems().get(1).reason()).contains("finite");
        assertThat(e.problems().get(2).reason()).contains("expected 4 comma-separated values, got 3");
        assertThat(e.problems().get(3).reason()).contains("yesterday");
        assertThat(e.problems().get(4).reason()).contains("between 0 and 1");
        assertThat(e.problems().get(5).reason()).contains("must be a number");
        assertThat(e.getMessage()).startsWith("Import refused, nothing stored (6 bad lines): line 3:");
    }

    @Test
    void jsonLinesRefusalsNameTheLine() {
        ImportRefusedException e = refused(ImportKind.SHADOW_COMPARISONS, """
                {"primary_latency": 0.05, "shadow_latency": 0.06, "agreement": true}
                {"primary_latency": 0.05, "shadow_latency": -1, "agreement": true}
                {"primary_latency": 0.05, "agreement": true}
                [1, 2]
                {"primary_latency": 0.05, "shadow_latency": 0.06, "agreement": "yes"}
                {"primary_latency": 0.05, "shadow_latency": 0.06, "agreement": true} {}
                {"primary_latency": 0.05,
                """);

        assertThat(e.problems()).extracting(LineProblem::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(e.problems().get(0).reason()).contains("shadow_latency must not be negative");
        assertThat(e.problems().get(1).reason()).contains("shadow_latency is required");
        assertThat(e.problems().get(2).reason()).contains("one JSON object per line");
        assertThat(e.problems().get(3).reason()).contains("agreement must be true or false");
        assertThat(e.problems().get(5).reason()).contains("not valid JSON");
    }

    @Test
    void wholeFileRefusals() {
        assertThat(refused(ImportKind.HEALTH_CHECKS, "").problems().get(0).reason()).contains("no records");
        assertThat(refused(ImportKind.HEALTH_CHECKS, "timestamp,status\n\n").problems().get(0).reason())
                .contains("no records");
        assertThat(refused(ImportKind.HEALTH_CHECKS, "timestamp,status,status\nx,y,z\n").problems().get(0).reason())
                .contains("names status twice");
        assertThat(refused(ImportKind.HEALTH_CHECKS, "timestamp,\"status\n").problems().get(0).reason())
                .contains("unterminated quote");
        ImportRefusedException binary = refused(ImportKind.METRICS, "timestamp,latency_p95\n2026-01-05T09:00:00Z,\u0000\n");
        assertThat(binary.problems().get(0).line()).isEqualTo(2);
        byte[] notUtf8 = {'t', 'i', 'm', 'e', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
        assertThatThrownBy(() -> importer.importStream(ImportKind.HEALTH_CHECKS, deploymentId,
                new ByteArrayInputStream(notUtf8), -1, NOW, null))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("line 2: not UTF-8");
    }

    @Test
    void manyBadLinesAreCountedBeyondTheListedOnes() {
        StringBuilder file = new StringBuilder("timestamp,status\n");
        for (int i = 0; i < 150; i++) {
            file.append("2026-01-05T09:00:00Z,bad\n");
        }
        ImportRefusedException e = refused(ImportKind.HEALTH_CHECKS, file.toString());
        assertThat(e.problems()).hasSize(100);
        assertThat(e.moreProblems()).isEqualTo(50);
        assertThat(e.getMessage()).contains("150 bad lines");
    }

    @Test
    void anUnknownTargetIsRefusedBeforeReading() {
        assertThatThrownBy(() -> importer.importStream(ImportKind.METRICS, "deploy_missing",
                new ByteArrayInputStream(new byte[0]), 0, NOW, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importer.importStream(ImportKind.SHADOW_COMPARISONS, "shadow_missing",
                new ByteArrayInputStream(new byte[0]), 0, NOW, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void progressReachesTheEndOfTheFile() throws Exception {
        StringBuilder file = new StringBuilder("primary_latency,shadow_latency,agreement\n");
        for (int i = 0; i < 80_000; i++) {
            file.append("0.05,0.06,true\n");
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        List<long[]> reports = new ArrayList<>();
        importer.importStream(ImportKind.SHADOW_COMPARISONS, shadowId, new ByteArrayInputStream(bytes), bytes.length,
                NOW, (read, total) -> reports.add(new long[] {read, total}));
        assertThat(reports.size()).isGreaterThan(1);
        assertThat(reports.get(reports.size() - 1)).containsExactly(bytes.length, bytes.length);
        assertThat(service.queries().shadowComparisonCount(shadowId)).isEqualTo(80_000);
    }
}
