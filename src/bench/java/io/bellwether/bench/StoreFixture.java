package io.bellwether.bench;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.ShadowComparison;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/** A workspace in a temporary folder for the store benches, and the data they pre-fill it with. */
final class StoreFixture implements AutoCloseable {
    static final int PREFILL_BATCH = 50_000;

    final Path folder;
    final Path database;
    Workspace workspace;

    StoreFixture() {
        try {
            folder = Files.createTempDirectory("bellwether-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = folder.resolve("bench");
    }

    Workspace open() {
        workspace = Bellwether.openRecordOnly(database);
        return workspace;
    }

    /** {@code count} random comparisons, starting at {@code start}, one millisecond apart. */
    static List<ShadowComparison> comparisons(SplittableRandom random, Instant start, int count) {
        List<ShadowComparison> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(ShadowComparison.of(start.plusMillis(i), 0.02 + 0.03 * random.nextDouble(),
                    0.02 + 0.04 * random.nextDouble(), random.nextDouble() < 0.96));
        }
        return batch;
    }

    /** Records {@code total} comparisons into the shadow in batches of {@link #PREFILL_BATCH}. */
    static void prefillComparisons(Workspace service, String shadowId, long total) {
        SplittableRandom random = new SplittableRandom(7);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (long done = 0; done < total; done += PREFILL_BATCH) {
            int size = (int) Math.min(PREFILL_BATCH, total - done);
            service.shadows().recordShadowComparisons(shadowId, comparisons(random, at.plusMillis(done), size), Operators.systemUser());
        }
    }

    @Override
    public void close() {
        if (workspace != null) {
            workspace.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
