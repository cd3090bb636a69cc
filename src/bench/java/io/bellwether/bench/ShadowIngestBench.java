package io.bellwether.bench;

import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.io.DataImport;
import io.bellwether.io.ImportKind;
import io.bellwether.io.ImportResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
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
 * {@code import shadow-comparisons} of a 1M-line CSV (timestamp, both latencies, agreement) as the
 * CLI and the console do it: read, checked and written in one streaming transaction, into a new
 * shadow each time. One operation is the whole file: rows/s = rows / (seconds per op); target
 * at least 250k rows/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class ShadowIngestBench {

    @Param({"1000000"})
    int rows;

    StoreFixture fixture;
    Workspace service;
    Path file;
    String shadowId;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        fixture = new StoreFixture();
        service = fixture.open();
        file = fixture.folder.resolve("comparisons.csv");
        SplittableRandom random = new SplittableRandom(11);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("timestamp,primary_latency,shadow_latency,agreement\n");
            for (int i = 0; i < rows; i++) {
                out.write(at.plusMillis(i) + "," + (0.02 + 0.03 * random.nextDouble()) + ","
                        + (0.02 + 0.04 * random.nextDouble()) + "," + (random.nextDouble() < 0.96) + "\n");
            }
        }
    }

    @Setup(Level.Invocation)
    public void newShadow() {
        shadowId = service.shadows().shadowDeploy("fraud_detector:v1", "fraud_detector:v2", 100,
                Operators.systemUser()).shadowId();
    }

    @Benchmark
    public ImportResult importCsv() throws Exception {
        ImportResult result = new DataImport(service).importFile(ImportKind.SHADOW_COMPARISONS, shadowId, file,
                Instant.now(), null);
        if (result.records() != rows) {
            throw new IllegalStateException("expected " + rows + " rows, stored " + result.records());
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.close();
    }
}
