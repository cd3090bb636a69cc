package io.bellwether.ui.canary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A stage ends just before the next one starts, in the microseconds the checks are stored in. */
class CanaryStageTableTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00.000005Z");

    @Test
    void theLastStoredTimeBeforeAStageStartIsAMicrosecondEarlier() {
        assertThat(CanaryStageTable.lastStoredTimeBefore(AT)).isEqualTo(Instant.parse("2026-03-01T10:00:00.000004Z"));
    }

    @Test
    void anEndOneNanosecondPastAStoredTimeKeepsThatTime() {
        assertThat(CanaryStageTable.lastStoredTimeBefore(AT.plusNanos(1))).isEqualTo(AT);
        assertThat(CanaryStageTable.lastStoredTimeBefore(AT.plusNanos(999))).isEqualTo(AT);
    }
}
