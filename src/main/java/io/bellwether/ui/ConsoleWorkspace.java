package io.bellwether.ui;

import io.bellwether.application.AuditTrail;
import io.bellwether.application.HookSettingsService;
import io.bellwether.application.HookedDeploymentService;
import io.bellwether.application.HookedWorkspace;
import io.bellwether.application.ModelRegistry;
import java.nio.file.Path;

/** What the console opens: the workspace with its traffic hooks and its model registry, closed together. */
final class ConsoleWorkspace implements HookedWorkspace, RegistryWorkspace {
    private final HookedWorkspace workspace;
    private final ModelRegistry registry;

    ConsoleWorkspace(HookedWorkspace workspace, ModelRegistry registry) {
        this.workspace = workspace;
        this.registry = registry;
    }

    @Override
    public ModelRegistry registry() {
        return registry;
    }

    @Override
    public HookedDeploymentService deployments() {
        return workspace.deployments();
    }

    @Override
    public HookSettingsService trafficHooks() {
        return workspace.trafficHooks();
    }

    @Override
    public AuditTrail audit() {
        return workspace.audit();
    }

    @Override
    public Path location() {
        return workspace.location();
    }

    /** The registry first: it shares the workspace's database file. */
    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            workspace.close();
        }
    }
}
