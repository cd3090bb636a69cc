package io.bellwether.application.port.in;

import java.util.List;
import java.util.Optional;

/**
 * Use case: the deployments' metrics bindings. Each change is stored with its CONFIGURATION_CHANGED audit
 * event (the previous and the new binding, credentials as references) in one transaction; a binding that
 * does not pass its checks cannot be built, so nothing is stored for it.
 */
public interface MetricsBindings {

    /** Binds (or re-binds) the deployment; unknown deployments raise {@link NotFoundException}. */
    void set(MetricsBinding binding, String actor);

    /** Removes the deployment's binding; false when it had none (nothing is written then). */
    boolean remove(String deploymentId, String actor);

    Optional<MetricsBinding> find(String deploymentId);

    /** Sorted by deployment id. */
    List<MetricsBinding> all();
}
