package io.bellwether.application.service;

import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsBindings;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Checks;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import java.util.List;
import java.util.Optional;

/** {@link MetricsBindings} in the workspace store: each change and its CONFIGURATION_CHANGED event in one transaction. */
record MetricsBindingService(WorkspaceStore store, AuditChain audit) implements MetricsBindings {
    static final String RESOURCE = "metrics_binding";

    @Override
    public void set(MetricsBinding binding, String actor) {
        if (binding == null) {
            throw new InvalidInputException("metrics binding", null, "is required");
        }
        Checks.required("actor", actor);
        audit.configurationChanged(store, actor, RESOURCE, binding.deploymentId(), "set_metrics_binding",
                tx -> {
                    Rows.deployment(tx, binding.deploymentId());
                    Optional<MetricsBinding> previous = tx.metricsBindings().find(binding.deploymentId());
                    tx.metricsBindings().put(binding, actor, audit.now());
                    return Rows.details("previous", previous.map(MetricsBinding::shown).orElse(null), "binding",
                            binding.shown());
                });
    }

    @Override
    public boolean remove(String deploymentId, String actor) {
        Checks.required("actor", actor);
        return store.write(tx -> {
            Rows.deployment(tx, deploymentId);
            Optional<MetricsBinding> previous = tx.metricsBindings().find(deploymentId);
            if (previous.isEmpty()) {
                return false;
            }
            tx.metricsBindings().delete(deploymentId);
            audit.append(tx, EventType.CONFIGURATION_CHANGED, EventSeverity.INFO, actor, RESOURCE, deploymentId,
                    "remove_metrics_binding", Rows.details("previous", previous.get().shown(), "binding", null));
            return true;
        });
    }

    @Override
    public Optional<MetricsBinding> find(String deploymentId) {
        Checks.required("deployment_id", deploymentId);
        return store.read(tx -> tx.metricsBindings().find(deploymentId));
    }

    @Override
    public List<MetricsBinding> all() {
        return store.read(tx -> tx.metricsBindings().all());
    }
}
