package io.bellwether.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Range bounds in the microseconds the checks are stored in: a canary stage's end, a replay window's. */
class StoredTimeTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00.000005Z");

    @Test
    void theLastStoredTimeBeforeAStageStartIsAMicrosecondEarlier() {
        assertThat(StoredTime.lastBefore(AT)).isEqualTo(Instant.parse("2026-03-01T10:00:00.000004Z"));
    }

    @Test
    void anEndOneNanosecondPastAStoredTimeKeepsThatTime() {
        assertThat(StoredTime.lastBefore(AT.plusNanos(1))).isEqualTo(AT);
        assertThat(StoredTime.lastBefore(AT.plusNanos(999))).isEqualTo(AT);
    }

    @Test
    void theFirstStoredTimeAfterATimeIsTheNextMicrosecondPastIt() {
        assertThat(StoredTime.firstAfter(AT)).isEqualTo(Instant.parse("2026-03-01T10:00:00.000006Z"));
        assertThat(StoredTime.firstAfter(AT.plusNanos(1))).isEqualTo(Instant.parse("2026-03-01T10:00:00.000006Z"));
        assertThat(StoredTime.firstAfter(AT.minusNanos(1))).isEqualTo(AT);
    }

    @Test
    void aBoundFinerThanAMicrosecondNarrowsToTheStoredTimesInsideIt() {
        assertThat(StoredTime.atOrAfter(AT)).isEqualTo(AT);
        assertThat(StoredTime.atOrAfter(AT.plusNanos(1))).isEqualTo(Instant.parse("2026-03-01T10:00:00.000006Z"));
        assertThat(StoredTime.atOrBefore(AT)).isEqualTo(AT);
        assertThat(StoredTime.atOrBefore(AT.plusNanos(999))).isEqualTo(AT);
    }

    @Test
    void aReplayWindowHoldsItsBoundsAsStoredTimes() {
        ReplayWindow window = new ReplayWindow(AT.minusNanos(300), AT.plusNanos(300));

        assertThat(window.fromOrNull()).isEqualTo(AT);
        assertThat(window.toOrNull()).isEqualTo(AT);
    }
}
