package io.bellwether.ui.actions;

import io.bellwether.application.port.in.DeploymentLifecycle;
import io.bellwether.application.port.in.DeploymentRequest;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.domain.Deployment;

/**
 * What the New deployment dialog asks for: the request and, when its metrics come from Prometheus, the
 * binding (for any id: it is stored for the new deployment's, in the same transaction).
 */
public record NewDeployment(DeploymentRequest request, MetricsBinding metricsBindingOrNull) {

    public NewDeployment(DeploymentRequest request) {
        this(request, null);
    }

    /** Creates the deployment, with its binding in the same transaction when there is one (audited as {@code actor}). */
    public Deployment create(DeploymentLifecycle lifecycle, String actor) {
        return metricsBindingOrNull == null ? lifecycle.createDeployment(request)
                : lifecycle.createDeployment(request, metricsBindingOrNull, actor);
    }

    /** "Created model:version (id)", and where its metrics come from. */
    public String createdMessage(Deployment created) {
        String text = "Created " + created.modelRef() + " (" + created.deploymentId() + ")";
        return metricsBindingOrNull == null ? text : text + ", metrics from Prometheus "
                + metricsBindingOrNull.baseUrl();
    }
}
