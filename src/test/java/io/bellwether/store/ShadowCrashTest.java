package io.bellwether.store;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.EventType;
import io.bellwether.domain.ShadowComparisonColumns;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL during a streaming import leaves nothing of it; during a segment seal, every committed
 * comparison stays exactly once (no batch half-present, none doubled between tail and segment).
 */
class ShadowCrashTest {
    private static final int FILE_ROWS = 400_000;

    @TempDir
    Path folder;

    @Test
    void aKilledStreamingImportLeavesNothingOfItself() throws Exception {
        Path database = folder.resolve("import");
        Path file = folder.resolve("comparisons.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("primary_latency,shadow_latency,agreement\n");
            for (int i = 0; i < FILE_ROWS; i++) {
                out.write("0.0" + (i % 90 + 10) + ",0.031," + (i % 3 != 0) + "\n");
            }
        }
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int cycle = 1; cycle <= 3; cycle++) {
            String shadowId = newShadow(database);
            List<String> reported = CrashSafetyTest.runAndKill(ShadowCrashChild.class, 200 + random.nextInt(2500),
                    "import", database.toString(), shadowId, file.toString());
            String context = "cycle " + cycle + " seed " + seed;
            long stored = check(database, shadowId, FILE_ROWS, context);
            assertThat(stored).as(context + ": the import is whole or absent").isIn(0L, (long) FILE_ROWS);
            if (reported.stream().anyMatch(line -> line.startsWith("IMPORTED"))) {
                assertThat(stored).as(context + ": a reported import is stored").isEqualTo(FILE_ROWS);
            }
        }
    }

    @Test
    void aKilledSealLeavesEveryComparisonExactlyOnce() throws Exception {
        Path database = folder.resolve("seal");
        String shadowId = newShadow(database);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        long stored = 0;
        for (int cycle = 1; cycle <= 4; cycle++) {
            List<String> reported = CrashSafetyTest.runAndKill(ShadowCrashChild.class, random.nextInt(2000),
                    "seal", database.toString(), shadowId);
            String context = "cycle " + cycle + " seed " + seed;
            stored = check(database, shadowId, ShadowCrashChild.BATCH, context);
            long reportedCount = reported.stream().filter(line -> line.startsWith("BATCH "))
                    .mapToLong(line -> Long.parseLong(line.split(" ")[1])).max().orElse(0);
            assertThat(stored).as(context + ": every reported batch is stored").isGreaterThanOrEqualTo(reportedCount);
        }
        assertThat(stored).as("segments were sealed (seed %d)", seed).isGreaterThan(ShadowSegments.SIZE);
    }

    private static String newShadow(Path database) {
        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            return workspace.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        }
    }

    /**
     * Checks that the shadow holds whole batches only, each comparison once (primary latency i µs
     * for the seal child) and one audit event per batch; returns how many it holds.
     */
    private static long check(Path database, String shadowId, int batch, String context) {
        try (Workspace workspace = Bellwether.openRecordOnly(database)) {
            long stored = workspace.queries().shadowComparisonCount(shadowId);
            ShadowComparisonColumns columns = workspace.queries().shadowComparisonColumns(shadowId);
            assertThat(columns.size()).as(context + ": columns match the count").isEqualTo(stored);
            assertThat(stored % batch).as(context + ": no batch half-present").isZero();
            assertThat(workspace.audit().query(new AuditQuery(EventType.SHADOW_COMPARISONS_RECORDED, null, null,
                    shadowId, null, null))).as(context + ": one event per batch").hasSize((int) (stored / batch));
            if (batch == ShadowCrashChild.BATCH) {
                double[] primary = columns.primaryLatency().clone();
                Arrays.sort(primary);
                for (int i = 0; i < primary.length; i++) {
                    assertThat(Math.round(primary[i] * 1e6)).as(context + ": comparison %d once", i).isEqualTo(i);
                }
            }
            assertThat(workspace.audit().verify().intact()).as(context + ": audit chain").isTrue();
            return stored;
        }
    }
}
