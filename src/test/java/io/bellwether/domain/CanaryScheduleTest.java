package io.bellwether.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanaryScheduleTest {

    @Test
    void linearRampFromTheGuidesMetadataRunsFromInitialToTargetEveryInterval() {
        CanarySchedule schedule = CanarySchedule.fromMetadata(Map.of(
                "initial_traffic", 0.05, "target_traffic", 1.0, "increment", 0.05, "increment_interval_hours", 24));

        assertThat(schedule.size()).isEqualTo(20);
        assertThat(schedule.stage(0).traffic()).isEqualTo(0.05);
        assertThat(schedule.stage(2).traffic()).isEqualTo(0.15);
        assertThat(schedule.stage(19).traffic()).isEqualTo(1.0);
        assertThat(schedule.stage(3).plannedOffset()).isEqualTo(Duration.ofHours(72));
        assertThat(schedule.stage(2).label()).isEqualTo("15% traffic");
    }

    @Test
    void lastLinearStageIsCappedAtTheTarget() {
        CanarySchedule schedule = CanarySchedule.fromMetadata(Map.of(
                "initial_traffic", 0.1, "increment", 0.25, "target_traffic", 0.5, "increment_interval_hours", 6));

        assertThat(schedule.stages()).extracting(CanarySchedule.Stage::traffic).containsExactly(0.1, 0.35, 0.5);
        assertThat(schedule.stage(2).plannedOffset()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void explicitScheduleUsesDaysCountedFromDayOneAndTheActionAsLabel() {
        CanarySchedule schedule = CanarySchedule.fromMetadata(Map.of("schedule", List.of(
                Map.of("day", 1, "traffic", 0.05, "action", "Monitor closely"),
                Map.of("day", 2, "traffic", 0.10),
                Map.of("day", 5, "traffic", "0.5"))));

        assertThat(schedule.stages()).extracting(CanarySchedule.Stage::traffic).containsExactly(0.05, 0.10, 0.5);
        assertThat(schedule.stage(0).label()).isEqualTo("Monitor closely");
        assertThat(schedule.stage(1).label()).isEqualTo("10% traffic");
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(schedule.plannedStart(0, start)).isEqualTo(start);
        assertThat(schedule.plannedStart(2, start)).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
    }

    @Test
    void metadataWithoutScheduleKeysGivesTheGuidesRecommendedSchedule() {
        CanarySchedule schedule = CanarySchedule.fromMetadata(Map.of("owner", "fraud-team"));

        assertThat(schedule.stages()).extracting(CanarySchedule.Stage::traffic)
                .containsExactly(0.05, 0.10, 0.25, 0.50, 1.00);
        assertThat(schedule.stage(3).plannedOffset()).isEqualTo(Duration.ofDays(4));
        assertThat(schedule.stage(4).label()).isEqualTo("Complete rollout");
        assertThat(schedule.after(4)).isEmpty();
        assertThat(schedule.after(0)).get().extracting(CanarySchedule.Stage::traffic).isEqualTo(0.10);
    }

    @Test
    void partialRampKeysTakeTheGuidesValuesForTheOthers() {
        CanarySchedule schedule = CanarySchedule.fromMetadata(Map.of("initial_traffic", 0.5, "increment", 0.25));

        assertThat(schedule.stages()).extracting(CanarySchedule.Stage::traffic).containsExactly(0.5, 0.75, 1.0);
        assertThat(schedule.stage(1).plannedOffset()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void badRampValuesAreRefusedNamingTheMetadataKeyAndValue() {
        assertRefused(Map.of("initial_traffic", 0.0), "metadata initial_traffic", "(got 0.0)");
        assertRefused(Map.of("initial_traffic", 1.5), "metadata initial_traffic", "at most 1");
        assertRefused(Map.of("increment", "fast"), "metadata increment", "\"fast\"");
        assertRefused(Map.of("increment", -0.1), "metadata increment", "greater than 0");
        assertRefused(Map.of("target_traffic", Double.NaN), "metadata target_traffic", "finite");
        assertRefused(Map.of("initial_traffic", 0.5, "target_traffic", 0.2), "metadata target_traffic",
                "initial_traffic 0.5");
        assertRefused(Map.of("increment_interval_hours", 0), "metadata increment_interval_hours", "greater than 0");
        assertRefused(Map.of("increment", 1e-6), "metadata increment", "more than 1000 stages");
    }

    @Test
    void badExplicitSchedulesAreRefusedNamingTheEntry() {
        assertRefused(Map.of("schedule", List.of()), "metadata schedule", "non-empty list");
        assertRefused(Map.of("schedule", "5%"), "metadata schedule", "non-empty list");
        assertRefused(Map.of("schedule", List.of(Map.of("day", 1))), "metadata schedule[0].traffic", "number");
        assertRefused(Map.of("schedule", List.of(Map.of("day", 0, "traffic", 0.1))),
                "metadata schedule[0].day", "at least 1");
        assertRefused(Map.of("schedule", List.of(Map.of("day", 2, "traffic", 0.1), Map.of("day", 2, "traffic", 0.2))),
                "metadata schedule[1].day", "after day 2");
        assertRefused(Map.of("schedule", List.of(Map.of("day", 1, "traffic", 0.3), Map.of("day", 2, "traffic", 0.2))),
                "metadata schedule[1].traffic", "previous stage");
        assertRefused(Map.of("schedule", List.of("day 1")), "metadata schedule[0]", "object");
    }

    @Test
    void stageIndexOutsideTheScheduleIsRefused() {
        CanarySchedule schedule = CanarySchedule.recommended();
        assertThatThrownBy(() -> schedule.stage(5)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("stage index").hasMessageContaining("between 0 and 4");
    }

    @Test
    void percentPrintsWithoutTrailingZeros() {
        assertThat(CanarySchedule.percent(0.05)).isEqualTo("5%");
        assertThat(CanarySchedule.percent(0.125)).isEqualTo("12.5%");
        assertThat(CanarySchedule.percent(1.0)).isEqualTo("100%");
    }

    private static void assertRefused(Map<String, Object> metadata, String field, String detail) {
        assertThatThrownBy(() -> CanarySchedule.fromMetadata(metadata))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(field + " ")
                .hasMessageContaining(detail);
    }
}
