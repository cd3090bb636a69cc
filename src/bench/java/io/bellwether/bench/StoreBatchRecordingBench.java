package io.bellwether.bench;

import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.ShadowComparison;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Batched recording: one transaction per batch of 10,000; the score is comparisons per second
 * (target 100,000). Every batch is new and later than the one before, as live traffic is: a reused
 * batch would insert into the middle of the time index again and again, which no caller does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class StoreBatchRecordingBench {
    static final int BATCH = 10_000;

    StoreFixture fixture;
    Workspace service;
    String shadowId;
    List<ShadowComparison> batch;
    SplittableRandom random = new SplittableRandom(11);
    Instant next = Instant.parse("2026-01-01T00:00:00Z");

    @Setup(Level.Trial)
    public void open() {
        fixture = new StoreFixture();
        service = fixture.open();
        shadowId = service.shadows().shadowDeploy("fraud_detector:v1", "fraud_detector:v2", 100, Operators.systemUser()).shadowId();
    }

    /** Outside the measured time: a fresh batch, one millisecond per comparison after the last. */
    @Setup(Level.Invocation)
    public void nextBatch() {
        batch = StoreFixture.comparisons(random, next, BATCH);
        next = next.plusMillis(BATCH);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void recordBatch() {
        service.shadows().recordShadowComparisons(shadowId, batch, Operators.systemUser());
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.close();
    }
}
