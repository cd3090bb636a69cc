package io.bellwether.ui.shadow;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.ShadowComparison;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace with one shadow of 1,200 comparisons, 600 of them disagreeing (the even numbers):
 * number i has pair {@link #PAIRS}[(i / 2) % 3], so 200 of each, and the shadow slower by i % 40 ms.
 */
final class DisagreementFixture {
    static final Instant START = Instant.parse("2026-03-10T08:00:00Z");
    static final String[][] PAIRS = {{"\"legit\"", "\"fraud\""}, {"\"fraud\"", "\"legit\""}, {"\"legit\"", "\"review\""}};
    static final int COUNT = 1_200;

    final Workspace workspace;
    final String shadowId;

    DisagreementFixture(Path folder) {
        workspace = Bellwether.openRecordOnly(folder.resolve("ws"));
        shadowId = workspace.shadows().shadowDeploy("m:1", "m:2", 100, Operators.systemUser()).shadowId();
        List<ShadowComparison> batch = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            boolean agree = i % 2 == 1;
            String[] pair = PAIRS[(i / 2) % 3];
            batch.add(new ShadowComparison(START.plusSeconds(i), agree ? null : pair[0], agree ? null : pair[1], 0.020,
                    0.020 + (i % 40) / 1000.0, agree));
        }
        workspace.shadows().recordShadowComparisons(shadowId, batch, Operators.systemUser());
    }
}
