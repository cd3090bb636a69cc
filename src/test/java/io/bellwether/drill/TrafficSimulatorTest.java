package io.bellwether.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Fault effects and the simulated traffic of one window. */
class TrafficSimulatorTest {
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void stepsActAtFullStrengthWhileActiveAndRampsGrowLinearly() {
        Fault step = new Fault(FaultKind.ERROR_RATE, null, null, Duration.ofHours(1), 0.08, false, null);
        Fault ramp = new Fault(FaultKind.LATENCY, null, null, Duration.ofHours(10), 3.0, true, null);
        List<Fault> faults = List.of(step, ramp);
        List<Instant> onsets = List.of(T0, T0);

        TrafficSimulator.Effects at5h = TrafficSimulator.effectsAt(faults, onsets, T0.plus(Duration.ofHours(5)), 1);
        assertThat(at5h.extraErrorRate()).isZero();
        assertThat(at5h.latencyFactor()).isCloseTo(2.0, within(1e-6));
        TrafficSimulator.Effects at30m = TrafficSimulator.effectsAt(faults, onsets, T0.plus(Duration.ofMinutes(30)), 1);
        assertThat(at30m.extraErrorRate()).isEqualTo(0.08);
        assertThat(TrafficSimulator.effectsAt(faults, onsets, T0.plus(Duration.ofHours(10)), 1))
                .isEqualTo(TrafficSimulator.Effects.NONE);
        assertThat(TrafficSimulator.effectsAt(faults, Arrays.asList(null, null), T0, 1))
                .isEqualTo(TrafficSimulator.Effects.NONE);
    }

    @Test
    void windowsFollowTheBaselineAndTheFaults() {
        DrillScenario scenario = ShippedScenarios.load("shadow-disagreement");
        TrafficSimulator simulator = new TrafficSimulator(scenario);
        double noise = scenario.noise();
        for (int i = 0; i < 200; i++) {
            WindowTraffic window = simulator.window(T0, 0.25, new TrafficSimulator.Effects(2.0, 0.1, 0.5, false));
            var m = window.metrics();
            assertThat(m.latencyP50()).isLessThanOrEqualTo(m.latencyP95());
            assertThat(m.latencyP95()).isLessThanOrEqualTo(m.latencyP99());
            assertThat(m.latencyP95() / scenario.baseline().latencyP95()).isBetween(2 * (1 - noise), 2 * (1 + noise));
            assertThat(m.errorRate()).isBetween(0.1, 0.1 + scenario.baseline().errorRate() * (1 + noise));
            assertThat(window.requestCount()).isBetween(Math.round(1000 * 0.25 * 600 * (1 - noise)),
                    Math.round(1000 * 0.25 * 600 * (1 + noise)));
            assertThat(window.comparisons()).hasSize(200);
            long agreed = window.comparisons().stream().filter(c -> c.agreement()).count();
            assertThat(m.customMetrics().get(ShadowTraffic.AGREEMENT_METRIC)).isEqualTo(agreed / 200.0);
        }
        assertThat(simulator.window(T0, 1.0, new TrafficSimulator.Effects(1, 0, null, true)).measured()).isFalse();
    }
}
