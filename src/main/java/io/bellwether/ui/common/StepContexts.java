package io.bellwether.ui.common;

import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.domain.CanarySchedule;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.DeploymentStrategy;
import io.bellwether.domain.Durations;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The context of Start, Complete and Advance in a production environment: environment, stage and
 * traffic, the gate (the engine's verdict on the last health check) and that check's age, with
 * warnings when the gate has not passed, no check exists, the canary has no baseline, or another canary of
 * the model runs there.
 */
public final class StepContexts {
    private static final String CURRENT_STAGE = "current_stage";
    static final String NO_BASELINE = "No baseline: only the error-rate threshold and custom bounds will judge this"
            + " canary; the error-rate increase and latency rules are not evaluated.";

    private StepContexts() {
    }

    public static boolean isProduction(String environment) {
        String name = environment.toLowerCase(Locale.ROOT);
        return name.equals("production") || name.equals("prod");
    }

    /**
     * Empty outside production. {@code gated} steps (Complete, Advance) move traffic on the gate's
     * word, so they warn when it has not passed.
     */
    public static Optional<StepConfirmation> of(DeploymentQueries queries, Deployment deployment, String step,
                                                boolean gated, Instant now) {
        if (!isProduction(deployment.environment())) {
            return Optional.empty();
        }
        List<String> facts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        facts.add("Environment: " + deployment.environment());
        facts.add("Status: " + deployment.status().value());
        facts.add("Current stage: " + stage(deployment));
        if (deployment.strategy() == DeploymentStrategy.CANARY && deployment.baselineMetrics() == null) {
            warnings.add(NO_BASELINE);
        }
        List<HealthCheck> latest = queries.latestHealthChecks(deployment.deploymentId(), null, null, 1);
        if (latest.isEmpty()) {
            facts.add("Gate: no health check recorded");
            if (gated) {
                warnings.add("No health check exists: nothing says this model is healthy.");
            }
        } else {
            HealthCheck last = latest.get(0);
            String gate = CheckVerdicts.summary(CheckVerdicts.evaluate(deployment, last.metrics()), deployment);
            facts.add("Gate: " + gate);
            facts.add("Last check: " + DisplayFormats.time(last.timestamp()) + " (" + age(last.timestamp(), now) + " ago)");
            if (gated && !gate.equals("pass")) {
                warnings.add("The gate has not passed: " + gate);
            }
        }
        for (Deployment other : queries.listDeployments(DeploymentStatus.IN_PROGRESS, deployment.environment())) {
            if (!other.deploymentId().equals(deployment.deploymentId()) && other.strategy() == DeploymentStrategy.CANARY
                    && other.modelName().equals(deployment.modelName())) {
                warnings.add("Another live canary of " + deployment.modelName() + " runs in " + deployment.environment()
                        + ": " + other.modelRef() + " (" + other.deploymentId() + ")");
            }
        }
        return Optional.of(new StepConfirmation(step + ": " + deployment.modelRef() + " in " + deployment.environment(),
                facts, warnings));
    }

    /** "stage 2 of 5 (10%)", "not started", or the strategy of a deployment without stages. */
    private static String stage(Deployment deployment) {
        if (deployment.strategy() != DeploymentStrategy.CANARY) {
            return deployment.strategy().value() + " deployment, no stages";
        }
        Object stored = deployment.metadata().get(CURRENT_STAGE);
        int index = stored instanceof Number number ? number.intValue() : deployment.startedAt() != null ? 0 : -1;
        try {
            CanarySchedule schedule = CanarySchedule.fromMetadata(deployment.metadata());
            return index < 0 ? "not started (stage 1 of " + schedule.size() + " at "
                    + CanarySchedule.percent(schedule.stage(0).traffic()) + " of traffic on start)"
                    : "stage " + (index + 1) + " of " + schedule.size() + " ("
                    + CanarySchedule.percent(schedule.stage(index).traffic()) + " of traffic)";
        } catch (InvalidInputException e) {
            return "stage " + (index + 1) + " (schedule unreadable: " + e.getMessage() + ")";
        }
    }

    /** "3 h 5 min", "12 min", "40 s". */
    static String age(Instant then, Instant now) {
        return Durations.age(Duration.between(then, now));
    }
}
