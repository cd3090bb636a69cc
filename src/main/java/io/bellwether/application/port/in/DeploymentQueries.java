package io.bellwether.application.port.in;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What is stored about deployments, read only. Unknown ids raise {@link NotFoundException}. */
public interface DeploymentQueries {

    Deployment getDeployment(String deploymentId);

    ShadowDeployment getShadowDeployment(String shadowId);

    /** Newest first; null filters match everything. */
    List<Deployment> listDeployments(DeploymentStatus statusOrNull, String environmentOrNull);

    List<ShadowDeployment> listShadowDeployments();

    /** Oldest first; null bounds are open. */
    List<HealthCheck> healthHistory(String deploymentId, Instant fromOrNull, Instant toOrNull);

    /**
     * The checks a timeline draws of a long history, oldest first: all of them when there are at most
     * {@code most}; else the first, each check whose status differs from the one before it, and the last,
     * the newest {@code most} of those.
     */
    List<HealthCheck> healthMarks(String deploymentId, int most);

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
