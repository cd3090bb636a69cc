package io.bellwether.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class TimeAxisTest {
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void mapsTheSpanOntoTheWidth() {
        TimeAxis axis = new TimeAxis(START, START.plus(Duration.ofDays(10)), 1000, ZoneOffset.UTC);
        assertThat(axis.x(START)).isZero();
        assertThat(axis.x(START.plus(Duration.ofDays(5)))).isEqualTo(500.0);
        assertThat(axis.x(START.plus(Duration.ofDays(10)))).isEqualTo(1000.0);
    }

    @Test
    void aMonthGetsDayTicksSpacedAtLeastAsAsked() {
        TimeAxis axis = new TimeAxis(START, START.plus(Duration.ofDays(30)), 900, ZoneOffset.UTC);
        List<TimeAxis.Tick> ticks = axis.ticks(100);
        assertThat(ticks).hasSizeBetween(4, 9);
        assertThat(ticks.get(0).label()).isEqualTo("Nov 1");
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(ticks.get(i).x() - ticks.get(i - 1).x()).isGreaterThanOrEqualTo(100);
        }
    }

    @Test
    void hoursAreLabelledWithTheDayOnlyWhenItChanges() {
        Instant from = Instant.parse("2026-11-01T20:10:00Z");
        TimeAxis axis = new TimeAxis(from, from.plus(Duration.ofHours(8)), 800, ZoneOffset.UTC);
        List<String> labels = axis.ticks(90).stream().map(TimeAxis.Tick::label).toList();
        assertThat(labels).contains("Nov 1 21:00", "Nov 2 00:00", "01:00");
        assertThat(labels).doesNotContain("Nov 1 20:00");
    }

    @Test
    void aSingleMomentStillGetsAnAxis() {
        TimeAxis axis = new TimeAxis(START, START, 600, ZoneOffset.UTC);
        assertThat(axis.end()).isAfter(axis.start());
        assertThat(axis.ticks(80)).isNotEmpty();
    }
}
