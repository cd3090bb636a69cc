package io.bellwether.bench;

import io.bellwether.domain.ShadowEvidence;
import io.bellwether.domain.ShadowReport;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ShadowReport.compute on n comparisons. compute reorders its input, so every invocation first
 * copies the unsorted columns into work arrays; {@link #copyOnly} measures that copy alone, to be
 * subtracted from {@link #report}. {@link #evidence} is the statistical evidence of the same comparisons
 * (it copies what it reorders itself), to be read as a ratio to {@link #report}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ShadowReportBench {

    @Param({"10000", "100000", "1000000"})
    int comparisons;

    double[] primary;
    double[] shadow;
    double[] primaryWork;
    double[] shadowWork;
    boolean[] agreed;
    long agreements;

    @Setup
    public void generate() {
        SplittableRandom random = new SplittableRandom(20_260_101L);
        primary = new double[comparisons];
        shadow = new double[comparisons];
        agreed = new boolean[comparisons];
        for (int i = 0; i < comparisons; i++) {
            // Log-normal-ish latencies around 40 ms with a long tail, like the conformance files.
            primary[i] = 0.035 * Math.exp(0.4 * gaussian(random));
            shadow[i] = 0.040 * Math.exp(0.5 * gaussian(random));
            if (random.nextDouble() < 0.96) {
                agreed[i] = true;
                agreements++;
            }
        }
        primaryWork = new double[comparisons];
        shadowWork = new double[comparisons];
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Benchmark
    public ShadowReport report() {
        System.arraycopy(primary, 0, primaryWork, 0, comparisons);
        System.arraycopy(shadow, 0, shadowWork, 0, comparisons);
        return ShadowReport.compute(primaryWork, shadowWork, agreements);
    }

    @Benchmark
    public ShadowEvidence evidence() {
        return ShadowEvidence.of(primary, shadow, agreed, comparisons);
    }

    @Benchmark
    public double copyOnly() {
        System.arraycopy(primary, 0, primaryWork, 0, comparisons);
        System.arraycopy(shadow, 0, shadowWork, 0, comparisons);
        return primaryWork[comparisons - 1] + shadowWork[0];
    }
}
