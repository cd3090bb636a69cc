package io.bellwether.application.port.out;

import io.bellwether.application.port.in.MetricsBinding;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the deployments' metrics bindings, inside a store transaction. */
public interface MetricsBindingStore {

    Optional<MetricsBinding> find(String deploymentId);

    /** Sorted by deployment id. */
    List<MetricsBinding> all();

    /** Inserts or replaces the deployment's binding. */
    void put(MetricsBinding binding, String changedBy, Instant changedAt);

    /** False when the deployment had no binding. */
    boolean delete(String deploymentId);
}
