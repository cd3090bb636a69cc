package io.bellwether.application.service;

import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Checks;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import java.time.Instant;
import java.util.function.BiConsumer;

/** Creates PENDING deployments with readable unique ids, audited as DEPLOYMENT_CREATED. */
record NewDeployments(WorkspaceStore store, AuditChain audit) {

    Deployment create(DeploymentRequest request) {
        return create(request, (tx, created) -> { });
    }

    /** Creates the deployment and runs {@code alsoInTheSameTransaction} with it before the transaction commits. */
    Deployment create(DeploymentRequest request, BiConsumer<StoreTransaction, Deployment> alsoInTheSameTransaction) {
        if (request == null) {
            throw new InvalidInputException("deployment request", null, "is required");
        }
        Checks.name("model_name", request.modelName());
        Checks.name("model_version", request.modelVersion());
        Checks.name("created_by", request.createdBy());
        if (request.strategy() == null) {
            throw new InvalidInputException("strategy", null, "is required");
        }
        Json.write("metadata", request.metadata());
        ProgressionSettingsChanges.requireValid(request.metadata(), request.rollbackConfig());
        return store.write(tx -> {
            Instant now = audit.now();
            String id = ReadableIds.deploymentId(now, request.modelName(), request.modelVersion(),
                    tx.deployments()::exists);
            Deployment deployment = new Deployment(id, request.modelName(), request.modelVersion(),
                    request.strategy(), DeploymentStatus.PENDING, request.environment(), request.createdBy(), now,
                    null, null, null, request.baselineMetrics(), null, request.rollbackConfig(),
                    request.metadata(), null, null);
            tx.deployments().insert(deployment);
            audit.append(tx, EventType.DEPLOYMENT_CREATED, EventSeverity.INFO, request.createdBy(), Rows.DEPLOYMENT,
                    id, "create", Rows.details("model", deployment.modelRef(), "strategy",
                            deployment.strategy().value(), "environment", deployment.environment()));
            alsoInTheSameTransaction.accept(tx, deployment);
            return deployment;
        });
    }
}
