package io.bellwether.application.service;

import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.out.DeploymentStore;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.HealthCheck;
import io.bellwether.domain.HealthMarks;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@link DeploymentQueries} over a {@link WorkspaceStore}. */
record QueryService(WorkspaceStore store, TrafficSteps traffic) implements DeploymentQueries {

    @Override
    public Deployment getDeployment(String deploymentId) {
        return store.read(tx -> Rows.deployment(tx, deploymentId));
    }

    @Override
    public ShadowDeployment getShadowDeployment(String shadowId) {
        return store.read(tx -> tx.shadows().find(shadowId)
                .orElseThrow(() -> new NotFoundException("Shadow deployment", shadowId)));
    }

    @Override
    public List<Deployment> listDeployments(DeploymentStatus statusOrNull, String environmentOrNull) {
        return store.read(tx -> tx.deployments().list(statusOrNull, environmentOrNull));
    }

    @Override
    public List<ShadowDeployment> listShadowDeployments() {
        return store.read(tx -> tx.shadows().list());
    }

    @Override
    public List<HealthCheck> healthHistory(String deploymentId, Instant fromOrNull, Instant toOrNull) {
        return healthChecks(deploymentId, checks -> checks.healthHistory(deploymentId, fromOrNull, toOrNull));
    }

    @Override
    public List<HealthCheck> latestHealthChecks(String deploymentId, Instant fromOrNull, Instant toOrNull, int most) {
        atLeastOne(most);
        return healthChecks(deploymentId,
                checks -> checks.latestHealthChecks(deploymentId, fromOrNull, toOrNull, most));
    }

    @Override
    public long healthCheckCount(String deploymentId) {
        return healthChecks(deploymentId, checks -> checks.healthCheckCount(deploymentId));
    }

    @Override
    public void eachHealthCheck(String deploymentId, Consumer<HealthCheck> each) {
        healthChecks(deploymentId, checks -> {
            checks.eachHealthCheck(deploymentId, each);
            return null;
        });
    }

    @Override
    public HealthMarks healthMarks(String deploymentId, int most, int newestScanned) {
        atLeastOne(most);
        if (newestScanned < most) {
            throw new InvalidInputException("newest_scanned", newestScanned, "must be at least most (" + most + ")");
        }
        return healthChecks(deploymentId, checks -> checks.healthMarks(deploymentId, most, newestScanned));
    }

    /** A read of a deployment's health history, in one transaction that first finds the deployment. */
    private <T> T healthChecks(String deploymentId, Function<DeploymentStore, T> read) {
        return store.read(tx -> {
            Rows.deployment(tx, deploymentId);
            return read.apply(tx.deployments());
        });
    }

    private static void atLeastOne(int most) {
        if (most < 1) {
            throw new InvalidInputException("most", most, "must be at least 1");
        }
    }

    @Override
    public List<ShadowComparison> shadowComparisons(String shadowId, Instant fromOrNull, Instant toOrNull) {
        return store.read(tx -> {
            Rows.requireShadow(tx, shadowId);
            return tx.shadows().comparisons(shadowId, fromOrNull, toOrNull);
        });
    }

    @Override
    public long shadowComparisonCount(String shadowId) {
        return store.read(tx -> {
            Rows.requireShadow(tx, shadowId);
            return tx.shadows().count(shadowId);
        });
    }

    @Override
    public ShadowComparisonColumns shadowComparisonColumns(String shadowId) {
        return store.read(tx -> {
            Rows.requireShadow(tx, shadowId);
            return tx.shadows().columns(shadowId);
        });
    }

    @Override
    public List<HookCall> hookCalls(String deploymentId) {
        getDeployment(deploymentId);
        return store.read(tx -> tx.hookCalls().forDeployment(deploymentId));
    }

    @Override
    public Optional<HookCall> failedRollbackHook(String deploymentId) {
        getDeployment(deploymentId);
        return traffic.lastRollbackCall(deploymentId).filter(call -> !call.succeeded());
    }

    @Override
    public List<HookCall> failedRollbackHooks() {
        return store.read(tx -> tx.hookCalls().failedLatestRollbackCalls());
    }
}
