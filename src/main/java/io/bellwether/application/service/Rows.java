package io.bellwether.application.service;

import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.out.HealthCheckAppender;
import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.application.port.in.FieldMap;
import java.util.Map;
import java.util.Optional;

/** Reads the rows a step acts on, inside its transaction, and builds audit details. */
final class Rows {
    static final String DEPLOYMENT = "deployment";
    static final String SHADOW = "shadow_deployment";

    private Rows() {
    }

    static Deployment deployment(StoreTransaction tx, String deploymentId) {
        if (deploymentId == null) {
            throw new NotFoundException("Deployment", "(no id)");
        }
        return tx.deployments().find(deploymentId).orElseThrow(() -> new NotFoundException("Deployment", deploymentId));
    }

    /** The deployment's health-check appender; fails as {@link #deployment} does when there is no deployment. */
    static HealthCheckAppender healthCheckAppender(StoreTransaction tx, String deploymentId) {
        return (deploymentId == null ? Optional.<HealthCheckAppender>empty()
                : tx.deployments().healthCheckAppender(deploymentId))
                .orElseThrow(() -> new NotFoundException("Deployment", deploymentId == null ? "(no id)" : deploymentId));
    }

    /** The deployment, when it is IN_PROGRESS: a completed (ACTIVE) canary's stages no longer move. */
    static Deployment inProgressDeployment(StoreTransaction tx, String deploymentId, String verb) {
        Deployment d = deployment(tx, deploymentId);
        requireInProgress(d, verb);
        return d;
    }

    static void requireInProgress(Deployment d, String verb) {
        if (d.status() != DeploymentStatus.IN_PROGRESS) {
            throw new IllegalStateException("Cannot " + verb + " deployment " + d.deploymentId()
                    + ": its status is " + d.status().value());
        }
    }

    static void requireShadow(StoreTransaction tx, String shadowId) {
        if (shadowId == null || !tx.shadows().exists(shadowId)) {
            throw new NotFoundException("Shadow deployment", shadowId == null ? "(no id)" : shadowId);
        }
    }

    /** Key/value pairs in order; values may be null. */
    static Map<String, Object> details(Object... keysAndValues) {
        return FieldMap.of(keysAndValues);
    }
}
