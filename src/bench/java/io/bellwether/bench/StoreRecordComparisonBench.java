package io.bellwether.bench;

import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import java.sql.SQLException;
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
 * recordShadowComparison, one committed transaction per call, with 1k, 100k and 1M comparisons
 * already stored: the cost per call must stay flat (the reference rewrites a JSON file per call;
 * target: at 1M at most 1.2x at 1k). {@code bareInsertCommit} ({@link BareH2Commit}) is the floor in
 * the same run (target: recordOne at most 1.3x that).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class StoreRecordComparisonBench {

    @Param({"1000", "100000", "1000000"})
    long stored;

    StoreFixture fixture;
    Workspace service;
    String shadowId;
    long calls;
    BareH2Commit bare;
    java.sql.Connection counter;
    final WrittenBytes bareBytes = new WrittenBytes("bareInsertCommit");
    final WrittenBytes targetBytes = new WrittenBytes("recordOne");

    @Setup(Level.Trial)
    public void prefill() {
        fixture = new StoreFixture();
        service = fixture.open();
        shadowId = service.shadows().shadowDeploy("fraud_detector:v1", "fraud_detector:v2", 100, Operators.systemUser()).shadowId();
        StoreFixture.prefillComparisons(service, shadowId, stored);
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
    public void recordOne() throws SQLException {
        targetBytes.call(counter);
        calls++;
        service.shadows().recordShadowComparison(shadowId, null, null, 0.031, 0.029 + (calls % 7) * 1e-3, calls % 25 != 0);
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
