package io.bellwether.application;

import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.domain.EnforcedVerdict.Action;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ReplayResult;
import io.bellwether.domain.ReplayWindow;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RuleMode;
import io.bellwether.domain.RuleSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Replays over a history recorded by the live feed (BALANCED: error rate threshold 1 %, multiplier 1.5; baseline
 * p95 50 ms, p99 75 ms, error rate 0.1 %). The expected flips are worked out by hand in each test from the values.
 */
class ReplayTest extends ProgressiveTestBase {
    /** p95 70 ms (1.4x), p99 100 ms (1.33x), error rate 0.15 % (+50 %): within BALANCED. */
    static final PerformanceMetrics SLOWER = new PerformanceMetrics(0.036, 0.070, 0.100, 0.0015, 80.0);
    /** p95 60 ms (1.2x), p99 90 ms (1.2x), error rate 0.25 % (+150 %, above the guide's 100 %). */
    static final PerformanceMetrics MORE_ERRORS = new PerformanceMetrics(0.036, 0.060, 0.090, 0.0025, 80.0);

    String id;
    Instant start;

    /** Two UNKNOWN checks, then GOOD, SLOWER, GOOD, MORE_ERRORS a minute apart; the last one rolled it back. */
    @BeforeEach
    void recordHistory() {
        id = started(progressive(Map.of()));
        start = clock.instant();
        minute();
        feed().missing(id, "no data");
        minute();
        feed().missing(id, "no data");
        for (PerformanceMetrics metrics : List.of(GOOD, SLOWER, GOOD, MORE_ERRORS)) {
            minute();
            feed().measured(id, metrics, 5000);
        }
    }

    void minute() {
        clock.advance(Duration.ofMinutes(1));
    }

    Instant at(int minutes) {
        return start.plus(Duration.ofMinutes(minutes));
    }

    RuleSet edited(double multiplier, int failureLimit, int unknownLimit, Map<String, RuleMode> modes) {
        RollbackConfig balanced = RollbackConfig.BALANCED;
        return new RuleSet(new RollbackConfig(true, balanced.errorRateThreshold(), multiplier,
                balanced.minRequestsBeforeCheck(), balanced.checkIntervalSeconds()),
                new ProgressionSettings(false, 3, failureLimit, unknownLimit, modes));
    }

    static List<String> sideBySide(ReplayResult result) {
        return result.checks().stream().map(c -> c.recorded().value() + "/" + c.recordedAction().value() + " -> "
                + c.replayed().value() + "/" + c.replayedAction().value() + (c.flipped() ? " FLIP" : "")).toList();
    }

    @Test
    void theDeploymentsOwnRulesReproduceWhatWasRecorded() {
        ReplayResult same = service.replays().replay(id, service.replays().currentRules(id));

        assertThat(same.flips()).isZero();
        assertThat(same.rollback().recorded()).isEqualTo(at(6));
        assertThat(same.rollback().replayed()).isEqualTo(at(6));
        assertThat(same.rollback().gained()).isEqualTo(Duration.ZERO);
        assertThat(same.checks().get(5).recordedAction()).isEqualTo(Action.ROLLBACK);
    }

    @Test
    void aTighterMultiplierRollsBackTwoMinutesEarlier() {
        // Multiplier 1.3: the SLOWER check at minute 4 (p95 1.4x, p99 1.33x) now breaches, with failure limit 0 it
        // rolls back there; MORE_ERRORS at minute 6 is still UNHEALTHY (the +150 % increase) but acts no more.
        ReplayResult result = service.replays().replay(id, edited(1.3, 0, 3, Map.of()));

        assertThat(sideBySide(result)).containsExactly(
                "unknown/none -> unknown/none",
                "unknown/none -> unknown/none",
                "healthy/none -> healthy/none",
                "healthy/none -> unhealthy/rollback FLIP",
                "healthy/none -> healthy/none",
                "unhealthy/rollback -> unhealthy/none FLIP");
        assertThat(result.rollback().replayed()).isEqualTo(at(4));
        assertThat(result.rollback().gained()).isEqualTo(Duration.ofMinutes(2));
        assertThat(result.checks().get(3).replayedMessage()).contains("P95 latency 0.070s is 1.40x baseline 0.050s");
        assertThat(result.summary(Instant::toString)).isEqualTo("2 of 6 checks flip; replayed rollback at " + at(4)
                + ", 2m earlier than recorded (" + at(6) + ")");
    }

    @Test
    void aFailureLimitAndAnObservedIncreaseWouldNotHaveRolledBackButAnUnknownLimitOfTwoPauses() {
        // Failure limit 1: minute 4 (p95 and p99 above 1.3x) is failed check 1, tolerated. Minute 6: only the
        // increase breaches and it is observed, so the check is HEALTHY and nothing acts. Unknown limit 2: the
        // second UNKNOWN (minute 2) pauses the canary as inconclusive.
        ReplayResult result = service.replays().replay(id, edited(1.3, 1, 2,
                Map.of("error_rate_increase", RuleMode.OBSERVE)));

        assertThat(sideBySide(result)).containsExactly(
                "unknown/none -> unknown/none",
                "unknown/none -> unknown/pause FLIP",
                "healthy/none -> healthy/none",
                "healthy/none -> unhealthy/tolerated FLIP",
                "healthy/none -> healthy/none",
                "unhealthy/rollback -> healthy/none FLIP");
        assertThat(result.rollback().replayed()).isNull();
        assertThat(result.rollback().gained()).isNull();
        assertThat(result.pause().replayed()).isEqualTo(at(2));
        assertThat(result.pause().recorded()).isNull();
        assertThat(result.checks().get(5).replayedMessage()).contains("observed only: Error rate increased by 150.00%");
        assertThat(result.summary(Instant::toString)).isEqualTo("3 of 6 checks flip; no replayed rollback (recorded at "
                + at(6) + "); replayed pause at " + at(2) + "; none was recorded");
    }

    @Test
    void aReplayChangesNothingStored() {
        var events = events();
        var deployment = service.queries().getDeployment(id);
        var checks = service.queries().healthHistory(id, null, null);

        service.replays().replay(id, edited(1.1, 0, 1, Map.of("latency_p99", RuleMode.PAUSE)));

        assertThat(events()).isEqualTo(events);
        assertThat(service.queries().getDeployment(id)).isEqualTo(deployment);
        assertThat(service.queries().healthHistory(id, null, null)).isEqualTo(checks);
    }

    @Test
    void anUnknownDeploymentOrOneWithoutChecksIsSaidSo() {
        RuleSet rules = edited(1.3, 0, 3, Map.of());
        assertThatThrownBy(() -> service.replays().replay("deploy_nope", rules))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("deploy_nope");
        String empty = started(progressive(Map.of()));
        assertThatThrownBy(() -> service.replays().replay(empty, rules))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(empty + " has no recorded health checks to replay");
    }

    @Test
    void aModeForARuleThatDoesNotExistIsRefusedNamingIt() {
        assertThatThrownBy(() -> edited(1.3, 0, 3, Map.of("custom:cost", RuleMode.OBSERVE)))
                .hasMessageContaining("rule_modes.custom:cost is not a rule");
        assertThat(service.queries().healthHistory(id, null, null)).extracting(c -> c.status())
                .containsExactly(HealthStatus.UNKNOWN, HealthStatus.UNKNOWN, HealthStatus.HEALTHY, HealthStatus.HEALTHY,
                        HealthStatus.HEALTHY, HealthStatus.UNHEALTHY);
    }

    @Test
    void aWindowEndingOnTheRolledBackCheckKeepsItsRecordedRollback() {
        ReplayResult result = service.replays().replay(id, service.replays().currentRules(id),
                new ReplayWindow(at(3), at(6)));

        assertThat(sideBySide(result)).containsExactly(
                "healthy/none -> healthy/none",
                "healthy/none -> healthy/none",
                "healthy/none -> healthy/none",
                "unhealthy/rollback -> unhealthy/rollback");
        assertThat(result.rollback().recorded()).isEqualTo(at(6));
        assertThat(result.rollback().replayed()).isEqualTo(at(6));
        assertThat(result.summary(Instant::toString)).isEqualTo("0 of 4 checks from " + at(3) + " to " + at(6)
                + " flip; replayed rollback at " + at(6) + ", as recorded");
    }

    @Test
    void aWindowBeforeTheRollbackMarksNoneOfItsChecksWithIt() {
        ReplayResult result = service.replays().replay(id, service.replays().currentRules(id),
                new ReplayWindow(null, at(5)));

        assertThat(sideBySide(result)).as(sideBySide(result).toString()).hasSize(5).noneMatch(line -> line.endsWith("FLIP"));
        assertThat(result.checks()).extracting(check -> check.recordedAction()).containsOnly(Action.NONE);
        assertThat(result.summary(Instant::toString)).isEqualTo("0 of 5 checks to " + at(5)
                + " flip; no replayed rollback (recorded at " + at(6) + ")");
    }

    @Test
    void aWindowCountsFailedChecksFromItsFirstCheck() {
        // Multiplier 1.3, failure limit 1: over the whole history minute 4 is failed check 1 (tolerated) and
        // minute 6 failed check 2, a rollback. From minute 5 on, minute 6 is the window's first failed check.
        RuleSet rules = edited(1.3, 1, 3, Map.of());
        assertThat(service.replays().replay(id, rules).rollback().replayed()).isEqualTo(at(6));

        ReplayResult window = service.replays().replay(id, rules, new ReplayWindow(at(5), null));

        assertThat(sideBySide(window)).containsExactly(
                "healthy/none -> healthy/none",
                "unhealthy/rollback -> unhealthy/tolerated FLIP");
        assertThat(window.rollback().replayed()).isNull();
    }

    @Test
    void aBoundFinerThanAMicrosecondKeepsOutTheCheckJustBeyondIt() {
        // PostgreSQL rounds a bound to its microseconds: 300 ns past minute 2 would hold minute 2's check,
        // 300 ns before minute 5 would hold minute 5's.
        ReplayResult result = service.replays().replay(id, service.replays().currentRules(id),
                new ReplayWindow(at(2).plusNanos(300), at(5).minusNanos(300)));

        assertThat(result.checks()).extracting(check -> check.at()).containsExactly(at(3), at(4));
    }

    @Test
    void aWindowWithoutChecksOrBackwardsIsRefusedNamingIt() {
        RuleSet rules = service.replays().currentRules(id);
        assertThatThrownBy(() -> service.replays().replay(id, rules, new ReplayWindow(at(7), null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(id + " has no recorded health checks from " + at(7) + " to replay");
        assertThatThrownBy(() -> new ReplayWindow(at(5), at(4)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("replay window starts after it ends (got " + at(5) + " to " + at(4) + ")");
    }

}
