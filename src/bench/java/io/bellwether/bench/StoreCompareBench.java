package io.bellwether.bench;

import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.ShadowReport;
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
 * compareShadowDeployment on 1M stored comparisons (target at most 100 ms): one bulk pass over the
 * shadow's sealed segments and tail into primitive columns, then ShadowReport. A second shadow
 * with as many comparisons is stored too, so the report must pick its own out of 2M.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class StoreCompareBench {

    @Param({"1000000"})
    long stored;

    StoreFixture fixture;
    Workspace service;
    String shadowId;

    @Setup(Level.Trial)
    public void prefill() {
        fixture = new StoreFixture();
        service = fixture.open();
        shadowId = service.shadows().shadowDeploy("fraud_detector:v1", "fraud_detector:v2", 100, Operators.systemUser()).shadowId();
        String other = service.shadows().shadowDeploy("fraud_detector:v1", "fraud_detector:v3", 100, Operators.systemUser()).shadowId();
        StoreFixture.prefillComparisons(service, other, stored);
        StoreFixture.prefillComparisons(service, shadowId, stored);
    }

    @Benchmark
    public ShadowReport compare() {
        ShadowReport report = service.shadows().compareShadowDeployment(shadowId);
        if (report.totalRequests() != stored) {
            throw new IllegalStateException("expected " + stored + " comparisons, got " + report.totalRequests());
        }
        return report;
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.close();
    }
}
