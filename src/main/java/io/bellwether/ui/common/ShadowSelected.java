package io.bellwether.ui.common;

import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.domain.Deployment;

/** The shell selected a shadow deployment on a screen about deployments: said plainly, not as "not found". */
public final class ShadowSelected extends RuntimeException {

    private ShadowSelected(String message) {
        super(message);
    }

    /** The deployment, or ShadowSelected when the id names a shadow deployment instead. */
    public static Deployment load(DeploymentQueries deployments, String id, String whatIsMissing) {
        try {
            return deployments.getDeployment(id);
        } catch (NotFoundException e) {
            if (deployments.listShadowDeployments().stream().anyMatch(shadow -> shadow.shadowId().equals(id))) {
                throw new ShadowSelected(id + " is a shadow deployment: it has no " + whatIsMissing
                        + ". Its results are in the Shadow comparison tab.");
            }
            throw e;
        }
    }
}
