package io.bellwether.bench;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.HealthCheckAppender;
import io.bellwether.application.port.out.StoredAuditEvent;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.store.H2WorkspaceStore;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * addHealthCheck (a health-check row and its audit event, one committed transaction) with 1k,
 * 100k and 1M health checks and as many audit events already stored. The pre-fill writes rows
 * through the store port in large transactions; its audit rows carry placeholder hashes, which
 * this bench never verifies. {@code bareInsertCommit} ({@link BareH2Commit}) is the floor in the
 * same run (target: addHealthCheck at most 2x that).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class StoreHealthCheckBench {
    private static final int PREFILL_TRANSACTION = 20_000;
    private static final PerformanceMetrics METRICS = new PerformanceMetrics(0.038, 0.052, 0.078, 0.002, 50.0);

    @Param({"1000", "100000", "1000000"})
    long stored;

    StoreFixture fixture;
    Workspace service;
    String deploymentId;
    BareH2Commit bare;
    java.sql.Connection counter;
    final WrittenBytes bareBytes = new WrittenBytes("bareInsertCommit");
    final WrittenBytes targetBytes = new WrittenBytes("addHealthCheck");

    @Setup(Level.Trial)
    public void prefill() {
        fixture = new StoreFixture();
        deploymentId = fixture.open().lifecycle().createDeployment(DeploymentRequest.builder("fraud_detector",
                "v2", DeploymentStrategy.CANARY, "bench").build()).deploymentId();
        fixture.workspace.close();
        try (H2WorkspaceStore store = H2WorkspaceStore.open(fixture.database)) {
            Instant start = Instant.parse("2026-01-01T00:00:00Z");
            for (long done = 0; done < stored; done += PREFILL_TRANSACTION) {
                long from = done;
                long to = Math.min(stored, done + PREFILL_TRANSACTION);
                store.write(tx -> {
                    long sequence = tx.audit().last().orElseThrow().sequence();
                    HealthCheckAppender checks = tx.deployments().healthCheckAppender(deploymentId).orElseThrow();
                    for (long i = from; i < to; i++) {
                        Instant at = start.plusSeconds(i);
                        checks.add(new HealthCheck(at, HealthStatus.HEALTHY, METRICS, "prefill"));
                        tx.audit().append(new StoredAuditEvent(++sequence, UUID.randomUUID().toString(), at,
                                "HEALTH_CHECK_RECORDED", "INFO", "bench", "deployment", deploymentId, "health_check",
                                "{\"status\":\"healthy\"}", "0".repeat(64), "0".repeat(64)));
                    }
                    checks.finish();
                    return null;
                });
            }
        }
        service = fixture.open();
        bare = new BareH2Commit(fixture.folder);
        try {
            counter = WrittenBytes.workspaceConnection(fixture.database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public void bareInsertCommit() throws SQLException {
        bareBytes.call(bare.connection());
        bare.insertAndCommit();
    }

    @Benchmark
    public void addHealthCheck() throws SQLException {
        targetBytes.call(counter);
        service.health().addHealthCheck(deploymentId, HealthStatus.HEALTHY, METRICS, "All systems operational", Operators.systemUser());
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        bareBytes.print(bare.connection());
        targetBytes.print(counter);
        counter.close();
        bare.close();
        fixture.close();
    }
}
