package io.bellwether.ui.health;

import io.bellwether.domain.EnforcedVerdict.Action;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.ReplayResult;
import io.bellwether.domain.ReplayedCheck;
import io.bellwether.domain.RuleMode;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.health.ReplayViewModel.Field;
import io.bellwether.ui.views.ScreenFixtures;
import io.bellwether.ui.common.DisplayFormats;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Replay panel's state, without a toolkit, on the fixtures' rolled-back canary: 12 checks near the baseline
 * (p95 at most 1.16x, p99 1.12x, error rate at most 0.18 % against 0.1 %), then p95 2.4x, error rate 3.1 %,
 * on which the engine rolled it back (GUIDE_CONFIG: 1 %, 1.5x).
 */
class ReplayViewModelTest {
    @RegisterExtension
    static final BusyWorkspace BUSY = new BusyWorkspace();

    ReplayViewModel shown() {
        ScreenFixtures fixtures = BUSY.fixtures();
        ReplayViewModel model = new ReplayViewModel(fixtures.workspace.replays(), new InlineTaskExecutor());
        model.show(fixtures.rolledBackCanaryId);
        return model;
    }

    @Test
    void startsFromTheDeploymentsStoredRulesAndReproducesTheRecordedRollback() {
        ReplayViewModel model = shown();

        assertThat(model.field(Field.ERROR_RATE_THRESHOLD).get()).isEqualTo("1.00");
        assertThat(model.field(Field.MULTIPLIER).get()).isEqualTo("1.50");
        assertThat(model.field(Field.FAILURE_LIMIT).get()).isEqualTo("0");
        assertThat(model.field(Field.UNKNOWN_LIMIT).get()).isEqualTo("3");
        assertThat(model.modes()).extracting(RuleModeChoice::rule).containsExactly("error_rate_threshold",
                "error_rate_increase", "latency_p95", "latency_p99");
        assertThat(model.modes()).allMatch(choice -> choice.modeProperty().get() == RuleMode.ROLLBACK);
        assertThat(model.runCommand().isExecutable()).isTrue();

        model.runCommand().execute();

        ReplayResult result = model.resultProperty().get();
        assertThat(model.checks()).hasSize(13).noneMatch(ReplayedCheck::flipped);
        assertThat(result.rollback().replayed()).isEqualTo(result.rollback().recorded()).isNotNull();
        assertThat(model.summaryProperty().get()).startsWith("0 of 13 checks flip; replayed rollback at ")
                .endsWith(", as recorded");
    }

    @Test
    void watchingEveryRuleFlipsTheLastCheckAndNothingWouldHaveRolledBack() {
        ReplayViewModel model = shown();
        model.modes().forEach(choice -> choice.modeProperty().set(RuleMode.OBSERVE));

        model.runCommand().execute();

        ReplayedCheck last = model.checks().get(12);
        assertThat(last.recorded()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(last.recordedAction()).isEqualTo(Action.ROLLBACK);
        assertThat(last.replayed()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(last.replayedMessage()).contains("observed only: Error rate 3.10% exceeds threshold 1.00%");
        assertThat(model.checks()).filteredOn(ReplayedCheck::flipped).containsExactly(last);
        assertThat(model.resultProperty().get().rollback().replayed()).isNull();
        assertThat(model.summaryProperty().get()).startsWith("1 of 13 checks flip; no replayed rollback (recorded at ");
    }

    @Test
    void aFailureLimitOfOneToleratesTheBadCheck() {
        ReplayViewModel model = shown();
        model.field(Field.FAILURE_LIMIT).set("1");

        model.runCommand().execute();

        assertThat(model.checks().get(12).replayedAction()).isEqualTo(Action.TOLERATED);
        assertThat(model.checks().get(12).replayedMessage()).startsWith("Failed check 1 tolerated (failure limit 1)");
    }

    @Test
    void aBadValueIsRefusedNamingTheFieldAndNothingRuns() {
        ReplayViewModel model = shown();
        model.runCommand().execute();
        for (List<String> bad : List.of(List.of("failure", "-1", "failure_limit must not be negative"),
                List.of("unknown", "x", "unknown_limit must be a whole number"),
                List.of("multiplier", "0", "latency_threshold_multiplier"),
                List.of("threshold", "150", "error_rate_threshold"))) {
            ReplayViewModel fresh = shown();
            switch (bad.get(0)) {
                case "failure" -> fresh.field(Field.FAILURE_LIMIT).set(bad.get(1));
                case "unknown" -> fresh.field(Field.UNKNOWN_LIMIT).set(bad.get(1));
                case "multiplier" -> fresh.field(Field.MULTIPLIER).set(bad.get(1));
                default -> fresh.field(Field.ERROR_RATE_THRESHOLD).set(bad.get(1));
            }
            fresh.runCommand().execute();
            assertThat(fresh.problemProperty().get()).as(bad.toString()).contains(bad.get(2));
            assertThat(fresh.checks()).isEmpty();
            assertThat(fresh.resultProperty().get()).isNull();
        }
        assertThat(model.checks()).hasSize(13);
    }

    @Test
    void anotherDeploymentDropsTheResultAndNoneLeavesNothingToRun() {
        ReplayViewModel model = shown();
        model.runCommand().execute();

        model.show(BUSY.fixtures().blueGreenId);
        assertThat(model.checks()).isEmpty();
        assertThat(model.resultProperty().get()).isNull();
        model.runCommand().execute();
        assertThat(model.problemProperty().get()).isEqualTo(BUSY.fixtures().blueGreenId
                + " has no recorded health checks to replay");

        model.show(null);
        assertThat(model.runCommand().isExecutable()).isFalse();
    }

    @Test
    void aWindowTypedAsTheTableShowsTimesHoldsTheWholeSecondsItNames() {
        ReplayViewModel model = shown();
        model.runCommand().execute();
        List<ReplayedCheck> all = List.copyOf(model.checks());
        Instant from = all.get(10).at().truncatedTo(ChronoUnit.SECONDS);
        Instant end = all.get(12).at().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        List<ReplayedCheck> inside = all.stream().filter(c -> !c.at().isBefore(from) && c.at().isBefore(end)).toList();

        model.field(Field.FROM).set(DisplayFormats.time(all.get(10).at()));
        model.field(Field.TO).set(DisplayFormats.time(all.get(12).at()));
        model.runCommand().execute();

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.checks()).hasSizeBetween(3, 12).isEqualTo(inside);
        assertThat(model.checks().get(model.checks().size() - 1).recordedAction()).isEqualTo(Action.ROLLBACK);
        assertThat(model.summaryProperty().get()).startsWith("0 of " + inside.size() + " checks from "
                + DisplayFormats.time(from) + " to " + DisplayFormats.time(all.get(12).at()) + " flip");

        model.field(Field.FROM).set("yesterday");
        model.runCommand().execute();
        assertThat(model.problemProperty().get()).isEqualTo("from must be a time like 2026-03-14 09:30 (got \"yesterday\")");
        assertThat(model.checks()).isEmpty();
        model.field(Field.FROM).set(DisplayFormats.time(all.get(12).at().plusSeconds(120)));
        model.runCommand().execute();
        assertThat(model.problemProperty().get()).startsWith("replay window starts after it ends");

        model.show(BUSY.fixtures().rolledBackCanaryId);
        assertThat(model.field(Field.FROM).get()).isEmpty();
        assertThat(model.field(Field.TO).get()).isEmpty();
    }
}
