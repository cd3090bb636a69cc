package io.bellwether.bench;

import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
 * target: at 1M at most 1.2x at 1k). {@code bareInsertCommit} is the floor in the same run: one
 * prepared single-row INSERT and COMMIT on a plain H2 connection with the workspace's URL settings
 * (target: recordOne at most 1.3x that).
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
    Connection bare;
    PreparedStatement bareInsert;

    @Setup(Level.Trial)
    public void prefill() {
        fixture = new StoreFixture();
        service = fixture.open();
        shadowId = service.shadows().shadowDeploy("fraud_detector:v1", "fraud_detector:v2", 100, Operators.systemUser()).shadowId();
        StoreFixture.prefillComparisons(service, shadowId, stored);
        try {
            bare = DriverManager.getConnection("jdbc:h2:file:" + fixture.folder.resolve("bare")
                    + ";WRITE_DELAY=0;LAZY_QUERY_EXECUTION=TRUE;CACHE_SIZE=65536");
            try (Statement ddl = bare.createStatement()) {
                ddl.execute("CREATE TABLE rows_only (id BIGINT PRIMARY KEY, at BIGINT NOT NULL,"
                        + " primary_latency DOUBLE PRECISION NOT NULL, shadow_latency DOUBLE PRECISION NOT NULL,"
                        + " agreement BOOLEAN NOT NULL)");
            }
            bare.setAutoCommit(false);
            bareInsert = bare.prepareStatement("INSERT INTO rows_only VALUES (?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public void bareInsertCommit() throws SQLException {
        calls++;
        bareInsert.setLong(1, calls);
        bareInsert.setLong(2, System.currentTimeMillis());
        bareInsert.setDouble(3, 0.031);
        bareInsert.setDouble(4, 0.029 + (calls % 7) * 1e-3);
        bareInsert.setBoolean(5, calls % 25 != 0);
        bareInsert.executeUpdate();
        bare.commit();
    }

    @Benchmark
    public void recordOne() {
        calls++;
        service.shadows().recordShadowComparison(shadowId, null, null, 0.031, 0.029 + (calls % 7) * 1e-3, calls % 25 != 0);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        bare.close();
        fixture.close();
    }
}
