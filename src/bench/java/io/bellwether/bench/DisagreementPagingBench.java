package io.bellwether.bench;

import io.bellwether.application.port.in.DisagreementPage;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.DisagreementFilter;
import io.bellwether.domain.ShadowComparison;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * The disagreement browser's pages (target at most 50 ms each) on a shadow of 1M stored comparisons
 * with 50k disagreements (every 20th, label results): the first page and page 1,000 of 50 (the
 * count and one indexed page query each), and the first page under each filter of the browser: one
 * result pair, a time range (the middle half), "shadow slower by more than 20 ms", and all three.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class DisagreementPagingBench {
    static final int COMPARISONS = 1_000_000;
    static final int BATCH = 50_000;
    static final int PAGE_SIZE = 50;
    static final String[] LABELS = {"\"legit\"", "\"fraud\"", "\"review\""};

    StoreFixture fixture;
    Workspace service;
    String shadowId;
    DisagreementFilter byPair;
    DisagreementFilter byTime;
    DisagreementFilter slowerBy20ms;
    DisagreementFilter allThree;

    @Setup(Level.Trial)
    public void prefill() {
        fixture = new StoreFixture();
        service = fixture.open();
        shadowId = service.shadows().shadowDeploy("fraud_detector:v1", "fraud_detector:v2", 100,
                Operators.systemUser()).shadowId();
        SplittableRandom random = new SplittableRandom(11);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int done = 0; done < COMPARISONS; done += BATCH) {
            List<ShadowComparison> batch = new ArrayList<>(BATCH);
            for (int i = done; i < done + BATCH; i++) {
                boolean agree = i % 20 != 0;
                batch.add(new ShadowComparison(start.plusMillis(i), agree ? null : LABELS[random.nextInt(3)],
                        agree ? null : LABELS[random.nextInt(3)], 0.02 + 0.03 * random.nextDouble(),
                        0.02 + 0.04 * random.nextDouble(), agree));
            }
            service.shadows().recordShadowComparisons(shadowId, batch, Operators.systemUser());
        }
        byPair = DisagreementFilter.ALL.withPair(new DisagreementFilter.ResultPair(LABELS[1], LABELS[0]));
        byTime = new DisagreementFilter(start.plusMillis(COMPARISONS / 4), start.plusMillis(COMPARISONS * 3 / 4),
                null, null);
        slowerBy20ms = new DisagreementFilter(null, null, 20.0, null);
        allThree = new DisagreementFilter(byTime.fromOrNull(), byTime.toOrNull(), 20.0, byPair.pairOrNull());
    }

    private DisagreementPage page(DisagreementFilter filter, int page) {
        DisagreementPage found = service.shadows().disagreements().page(shadowId, filter, page, PAGE_SIZE);
        if (found.rows().size() != PAGE_SIZE) {
            throw new IllegalStateException("page " + page + " holds " + found.rows().size() + " rows");
        }
        return found;
    }

    @Benchmark
    public DisagreementPage firstPage() {
        return page(DisagreementFilter.ALL, 1);
    }

    @Benchmark
    public DisagreementPage page1000() {
        return page(DisagreementFilter.ALL, 1_000);
    }

    /** Which of the browser's filters: "pair", "time", "slower" (than 20 ms) and "all" three; only for the filtered page. */
    @State(Scope.Benchmark)
    public static class Filter {
        @Param({"pair", "time", "slower", "all"})
        public String name;
    }

    @Benchmark
    public DisagreementPage firstPageFiltered(Filter filter) {
        return page(switch (filter.name) {
            case "pair" -> byPair;
            case "time" -> byTime;
            case "slower" -> slowerBy20ms;
            default -> allThree;
        }, 1);
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.close();
    }
}
