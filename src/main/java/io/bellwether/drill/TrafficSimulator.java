package io.bellwether.drill;

import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ShadowComparison;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Produces the traffic of one window of a scenario: the new model's metrics at the canary's traffic
 * share, and shadow comparisons, shaped by the faults active at the window's start. Deterministic:
 * the scenario's seed and the sequence of windows decide every value.
 */
public final class TrafficSimulator {
    private final DrillScenario scenario;
    private final Random random;

    public TrafficSimulator(DrillScenario scenario) {
        this.scenario = scenario;
        this.random = new Random(scenario.seed());
    }

    /** The active faults' effects on a window; onsets resolved by the caller (stage-bound faults move). */
    public record Effects(double latencyFactor, double extraErrorRate, Double agreementRate, boolean outage) {
        public static final Effects NONE = new Effects(1.0, 0.0, null, false);
    }

    public static Effects effectsAt(List<Fault> faults, List<Instant> onsets, Instant at, double baseAgreement) {
        double latency = 1.0;
        double errors = 0.0;
        Double agreement = null;
        boolean outage = false;
        for (int i = 0; i < faults.size(); i++) {
            Instant onset = onsets.get(i);
            if (onset == null) {
                continue;
            }
            Fault fault = faults.get(i);
            double intensity = fault.intensity(Duration.between(onset, at));
            if (intensity == 0) {
                continue;
            }
            switch (fault.kind()) {
                case LATENCY -> latency *= 1 + (fault.magnitude() - 1) * intensity;
                case ERROR_RATE -> errors += fault.magnitude() * intensity;
                case DISAGREEMENT -> {
                    double rate = baseAgreement + (fault.magnitude() - baseAgreement) * intensity;
                    agreement = agreement == null ? rate : Math.min(agreement, rate);
                }
                case OUTAGE -> outage = true;
            }
        }
        return new Effects(latency, errors, agreement, outage);
    }

    /** The window [{@code from}, {@code from + window}) at {@code trafficShare} of all requests. */
    public WindowTraffic window(Instant from, double trafficShare, Effects effects) {
        if (effects.outage()) {
            return WindowTraffic.nothing();
        }
        PerformanceMetrics base = scenario.baseline();
        double seconds = scenario.window().toMillis() / 1000.0;
        double rps = scenario.requestsPerSecond() * trafficShare * jitter();
        long requests = Math.max(0, Math.round(rps * seconds));
        double p50 = base.latencyP50() * effects.latencyFactor() * jitter();
        double p95 = Math.max(p50, base.latencyP95() * effects.latencyFactor() * jitter());
        double p99 = Math.max(p95, base.latencyP99() * effects.latencyFactor() * jitter());
        double errorRate = Math.min(1.0, Math.max(0.0, base.errorRate() * jitter() + effects.extraErrorRate()));

        List<ShadowComparison> comparisons = new ArrayList<>();
        Map<String, Double> custom = new java.util.TreeMap<>(base.customMetrics());
        ShadowTraffic shadow = scenario.shadow();
        if (shadow != null) {
            double agreementRate = effects.agreementRate() == null ? shadow.agreementRate() : effects.agreementRate();
            long agreed = 0;
            long step = scenario.window().toNanos() / shadow.comparisonsPerWindow();
            for (int i = 0; i < shadow.comparisonsPerWindow(); i++) {
                double primary = latencySample(base.latencyP50());
                double candidate = latencySample(base.latencyP50() * effects.latencyFactor());
                boolean agrees = random.nextDouble() < agreementRate;
                agreed += agrees ? 1 : 0;
                comparisons.add(ShadowComparison.of(from.plusNanos(step * i).truncatedTo(
                        java.time.temporal.ChronoUnit.MICROS), primary, candidate, agrees));
            }
            custom.put(ShadowTraffic.AGREEMENT_METRIC, (double) agreed / shadow.comparisonsPerWindow());
        }
        return new WindowTraffic(new PerformanceMetrics(p50, p95, p99, errorRate, rps, custom), requests, comparisons);
    }

    /** 1 ± noise, normally distributed, clipped at three standard deviations. */
    private double jitter() {
        double g = Math.max(-3, Math.min(3, random.nextGaussian()));
        return 1 + scenario.noise() * g / 3;
    }

    /** A request latency around {@code median}, log-normally spread. */
    private double latencySample(double median) {
        return median * Math.exp(0.35 * random.nextGaussian());
    }
}
