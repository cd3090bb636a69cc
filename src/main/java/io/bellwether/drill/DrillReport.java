package io.bellwether.drill;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.Durations;
import io.bellwether.domain.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a drill showed: the faults injected, when the engine rolled back (or would have), when the
 * operator did, how long detection took from the first fault's onset, the Rollback Decision Tree
 * answered from the data, how the canary moved, and whether the engine did what the scenario expects.
 * {@code windowsWithoutData}, {@code promotionsWithoutData} and {@code healthyWithoutData} show that
 * missing data never counted as health; {@code metricsSource} says where the engine's metrics came from.
 */
public record DrillReport(String scenario, String description, long seed, DrillMode mode, Instant start,
                          Instant end, int windows, String deploymentId, DeploymentStatus finalStatus,
                          List<InjectedFault> faults, Moment engineRollback, Moment operatorRollback,
                          Duration detectionTime, Duration operatorDetectionTime, List<Moment> promotions,
                          int windowsWithoutData, int promotionsWithoutData, int healthyWithoutData,
                          List<ChecklistItem> checklist, String expected, boolean passed, String verdict,
                          String metricsSource) {

    public DrillReport {
        faults = List.copyOf(faults);
        promotions = List.copyOf(promotions);
        checklist = List.copyOf(checklist);
    }

    static DrillReport of(DrillRun run, Deployment deployment, Instant now) {
        DrillScenario scenario = run.scenario();
        List<WindowResult> windows = run.windows();
        List<InjectedFault> faults = new ArrayList<>();
        List<Instant> onsets = run.faultOnsets();
        for (int i = 0; i < onsets.size(); i++) {
            Fault fault = scenario.faults().get(i);
            Instant onset = onsets.get(i);
            Instant end = onset == null || fault.length() == null ? null : onset.plus(fault.length());
            faults.add(new InjectedFault(fault.kind().value(), fault.description(),
                    onset == null || onset.isAfter(now) ? null : onset, end == null || end.isAfter(now) ? null : end));
        }
        Instant firstOnset = faults.stream().map(InjectedFault::onset).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Moment engine = run.engineRollback().orElse(null);
        Moment operator = run.operatorRollback().orElse(null);
        Duration detection = since(firstOnset, engine);
        int withoutData = (int) windows.stream().filter(w -> !w.measured()).count();
        int promotedWithoutData = (int) windows.stream().filter(w -> !w.measured())
                .filter(w -> w.event() == WindowResult.Event.PROMOTED || w.event() == WindowResult.Event.COMPLETED)
                .count();
        int healthyWithoutData = (int) windows.stream().filter(w -> !w.measured())
                .filter(w -> w.health() == HealthStatus.HEALTHY).count();

        Expectation expect = scenario.expectation();
        List<String> failures = new ArrayList<>();
        if (expect.rollback()) {
            if (engine == null) {
                failures.add("the engine never rolled back");
            } else if (detection == null) {
                failures.add("the engine rolled back before any fault began");
            } else if (detection.compareTo(expect.detectedAfter()) < 0 || detection.compareTo(expect.detectedBy()) > 0) {
                failures.add("the engine rolled back " + Durations.format(detection) + " after the first fault");
            }
        } else if (engine != null) {
            failures.add("the engine rolled back at " + Durations.format(engine.sinceStart()) + " into the drill");
        }
        if (run.mode() == DrillMode.OPERATOR && expect.rollback()) {
            failures.addAll(operatorReaction(engine != null ? engine.at() : firstOnset, operator, expect));
        }
        if (expect.finalStatus() != null && operator == null && deployment.status() != expect.finalStatus()) {
            failures.add("the deployment ended " + deployment.status().value());
        }
        failures.addAll(progressionFailures(run, expect));
        if (promotedWithoutData > 0 || healthyWithoutData > 0) {
            failures.add("a window without data counted as healthy");
        }
        String verdict = failures.isEmpty() ? "As expected: " + expect.describe()
                : "Not as expected (" + expect.describe() + "): " + String.join("; ", failures);
        return new DrillReport(scenario.name(), scenario.description(), scenario.seed(), run.mode(), scenario.start(),
                now, windows.size(), deployment.deploymentId(), deployment.status(), faults, engine, operator,
                detection, since(firstOnset, operator), run.promotions(), withoutData, promotedWithoutData,
                healthyWithoutData, DecisionTreeChecklist.answer(windows), expect.describe(), failures.isEmpty(),
                verdict, run.metricsSource());
    }

    /**
     * An operator drill passes only when the operator rolled back within the scenario's
     * {@code operator_within} of the engine calling for it (of the first fault, when the engine never did).
     */
    private static List<String> operatorReaction(Instant alarm, Moment operator, Expectation expect) {
        if (operator == null) {
            return List.of("the operator never rolled back");
        }
        if (alarm == null || operator.at().isBefore(alarm)) {
            return List.of();
        }
        Duration reaction = Duration.between(alarm, operator.at());
        if (reaction.compareTo(expect.operatorWithin()) > 0) {
            return List.of("the operator rolled back " + Durations.format(reaction) + " after the engine called for it,"
                    + " later than the " + Durations.format(expect.operatorWithin()) + " the scenario allows");
        }
        return List.of();
    }

    /** The expectations of automatic progression and observe-mode rules. */
    private static List<String> progressionFailures(DrillRun run, Expectation expect) {
        List<String> failures = new ArrayList<>();
        if (expect.automaticProgression()) {
            List<Moment> promotions = run.promotions();
            long automated = promotions.stream().filter(m -> m.by().endsWith("(" + DrillRun.AUTOMATED + ")")).count();
            int expected = run.scenario().stages().size();
            if (automated != promotions.size() || automated != expected) {
                failures.add("automatic progression took " + automated + " of the " + expected
                        + " steps (stage changes and the completion)");
            }
        }
        if (expect.observedBreach() && run.observedBreaches().isEmpty()) {
            failures.add("no rule in observe mode ever breached");
        }
        return failures;
    }

    private static Duration since(Instant onset, Moment moment) {
        if (onset == null || moment == null || moment.at().isBefore(onset)) {
            return null;
        }
        return Duration.between(onset, moment.at());
    }
}
