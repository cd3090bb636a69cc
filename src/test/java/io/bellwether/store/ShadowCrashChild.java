package io.bellwether.store;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.io.DataImport;
import io.bellwether.io.ImportKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link ShadowCrashTest} kills. {@code import DB SHADOW FILE}: imports the file into
 * the shadow (one streaming transaction). {@code seal DB SHADOW}: records batches of
 * {@value #BATCH} comparisons forever (READY after the first), so that most batches seal a
 * segment; comparison number i has primary latency i µs, so the test can find each exactly once.
 */
public final class ShadowCrashChild {
    static final int BATCH = 40_000;

    private ShadowCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace workspace = Bellwether.openRecordOnly(Path.of(args[1]))) {
            String shadowId = args[2];
            if (args[0].equals("import")) {
                report("READY", shadowId);
                new DataImport(workspace).importFile(ImportKind.SHADOW_COMPARISONS, shadowId, Path.of(args[3]),
                        Instant.now(), null);
                report("IMPORTED", shadowId);
                return;
            }
            for (long next = workspace.queries().shadowComparisonCount(shadowId); ; next += BATCH) {
                List<ShadowComparison> batch = new ArrayList<>(BATCH);
                for (int i = 0; i < BATCH; i++) {
                    batch.add(ShadowComparison.of(Instant.now(), (next + i) * 1e-6, 0.02, i % 2 == 0));
                }
                workspace.shadows().recordShadowComparisons(shadowId, batch, Operators.systemUser());
                report("BATCH", Long.toString(next + BATCH));
                report("READY", shadowId);
            }
        }
    }

    private static void report(String what, String id) {
        System.out.println(what + " " + id + " OK");
        System.out.flush();
    }
}
