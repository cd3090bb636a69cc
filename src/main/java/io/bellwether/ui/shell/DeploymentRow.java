package io.bellwether.ui.shell;

import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.ShadowDeployment;
import java.time.Instant;
import java.util.Locale;

/** One line of the deployment list: a deployment, or a shadow deployment (which has no status). */
public record DeploymentRow(Deployment deployment, ShadowDeployment shadow) {

    public DeploymentRow {
        if ((deployment == null) == (shadow == null)) {
            throw new IllegalArgumentException("a row holds either a deployment or a shadow deployment");
        }
    }

    public static DeploymentRow of(Deployment deployment) {
        return new DeploymentRow(deployment, null);
    }

    public static DeploymentRow of(ShadowDeployment shadow) {
        return new DeploymentRow(null, shadow);
    }

    public boolean isShadow() {
        return shadow != null;
    }

    public String id() {
        return isShadow() ? shadow.shadowId() : deployment.deploymentId();
    }

    /** "model:version" of the deployed model, or of the shadow model. */
    public String title() {
        return isShadow() ? shadow.shadowModel() : deployment.modelRef();
    }

    /** Null for a shadow deployment. */
    public DeploymentStatus status() {
        return isShadow() ? null : deployment.status();
    }

    /** The badge text: the status's wire name, or "shadow". */
    public String badge() {
        return isShadow() ? "shadow" : deployment.status().value();
    }

    /** The strategy, or "shadow of primary:version" for a shadow deployment. */
    public String strategy() {
        return isShadow() ? "shadow of " + shadow.primaryModel() : deployment.strategy().value();
    }

    /** Null for a shadow deployment, which mirrors production traffic without an environment of its own. */
    public String environment() {
        return isShadow() ? null : deployment.environment();
    }

    public Instant createdAt() {
        return isShadow() ? shadow.createdAt() : deployment.createdAt();
    }

    /** True when the search text (case-insensitive) occurs in a model name or version. */
    public boolean matchesModel(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.trim().toLowerCase(Locale.ROOT);
        String haystack = isShadow() ? shadow.primaryModel() + " " + shadow.shadowModel() : deployment.modelRef();
        return haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
