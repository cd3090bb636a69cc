package io.bellwether.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThinnedLaneTest {
    @Test
    void aLaneLongerThanTheScanSaysWhichChecksItDraws() {
        assertThat(ThinnedLane.note(List.of(new ThinnedLane("fraud:v2", 2_000_000, 100_000)))).isEqualTo("Thinned:"
                + " fraud:v2 has 2,000,000 health checks; its lane draws the changes of status among the"
                + " newest 100,000 (at most 1,000 marks).");
        assertThat(ThinnedLane.note(List.of(new ThinnedLane("fraud:v2", 100_000, 100_000)))).isEqualTo("Thinned:"
                + " fraud:v2 has 100,000 health checks; its lane draws the changes of status among the checks"
                + " (at most 1,000 marks).");
    }

    @Test
    void threeLanesAreNamedTheRestCounted() {
        List<ThinnedLane> lanes = List.of(new ThinnedLane("a:1", 1001, 1001), new ThinnedLane("b:1", 1002, 1002),
                new ThinnedLane("c:1", 1003, 1003), new ThinnedLane("d:1", 1004, 1004),
                new ThinnedLane("e:1", 1005, 1005));

        assertThat(ThinnedLane.note(lanes)).startsWith("Thinned: a:1 has 1,001 health checks;")
                .contains(" c:1 has 1,003 ").doesNotContain("d:1").endsWith(" 2 more lanes are thinned alike.");
        assertThat(ThinnedLane.note(lanes.subList(0, 4))).endsWith(" 1 more lane is thinned alike.");
        assertThat(ThinnedLane.note(List.of())).isEmpty();
    }
}
