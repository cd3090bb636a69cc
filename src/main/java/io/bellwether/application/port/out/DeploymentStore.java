package io.bellwether.application.port.out;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthMarks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Port: deployments and their append-only health history. */
public interface DeploymentStore {

    Optional<Deployment> find(String deploymentId);

    boolean exists(String deploymentId);

    void insert(Deployment deployment);

    /** Replaces the stored deployment with the same id. */
    void update(Deployment deployment);

    /** Newest first; null filters match everything. */
    List<Deployment> list(DeploymentStatus statusOrNull, String environmentOrNull);

    /** An appender for the deployment's health checks in this transaction; empty when there is no such deployment. */
    Optional<HealthCheckAppender> healthCheckAppender(String deploymentId);

    /** Oldest first; null bounds are open; {@code to} is inclusive. */
    List<HealthCheck> healthHistory(String deploymentId, Instant fromOrNull, Instant toOrNull);

    /** The newest {@code most} checks in the range, oldest first; null bounds are open; {@code to} is inclusive. */
    List<HealthCheck> latestHealthChecks(String deploymentId, Instant fromOrNull, Instant toOrNull, int most);

    /** How many checks the deployment's appenders have stored, read from its row: no count of the checks. */
    long healthCheckCount(String deploymentId);

    /** Every check, oldest first, each handed to {@code each} as it is read (a history too long for a list). */
    void eachHealthCheck(String deploymentId, Consumer<HealthCheck> each);

    /**
     * The checks a timeline draws of a long history, oldest first: all of them when there are at most
     * {@code most}; else, of the newest {@code newestScanned} checks (at least {@code most}), the oldest,
     * each check whose status differs from the one before it, and the newest: the newest {@code most} of those;
     * with the number of checks scanned, which is the history's length when it is below {@code newestScanned}.
     */
    HealthMarks healthMarks(String deploymentId, int most, int newestScanned);
}
