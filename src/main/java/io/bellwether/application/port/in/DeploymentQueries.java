package io.bellwether.application.port.in;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthMarks;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What is stored about deployments, read only. Unknown ids raise {@link NotFoundException}. */
public interface DeploymentQueries {

    Deployment getDeployment(String deploymentId);

    ShadowDeployment getShadowDeployment(String shadowId);

    /** Newest first; null filters match everything. */
    List<Deployment> listDeployments(DeploymentStatus statusOrNull, String environmentOrNull);

    List<ShadowDeployment> listShadowDeployments();

    /** Oldest first; null bounds are open. */
    List<HealthCheck> healthHistory(String deploymentId, Instant fromOrNull, Instant toOrNull);

    /** The newest {@code most} checks in the range, oldest first; null bounds are open; {@code to} is inclusive. */
    List<HealthCheck> latestHealthChecks(String deploymentId, Instant fromOrNull, Instant toOrNull, int most);

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

    /** Oldest first; null bounds are open. */
    List<ShadowComparison> shadowComparisons(String shadowId, Instant fromOrNull, Instant toOrNull);

    long shadowComparisonCount(String shadowId);

    /** Every comparison as primitive columns, oldest first (what the charts read for a million rows). */
    ShadowComparisonColumns shadowComparisonColumns(String shadowId);

    /** The deployment's traffic-controller calls, oldest first (for its timeline). */
    List<HookCall> hookCalls(String deploymentId);

    /** The deployment's last rollback hook call, when it failed: show it prominently and offer a retry. */
    Optional<HookCall> failedRollbackHook(String deploymentId);

    /** Every deployment whose last rollback hook call failed, newest first. */
    List<HookCall> failedRollbackHooks();
}
