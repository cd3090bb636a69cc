package io.bellwether.application;

import java.nio.file.Path;
import java.time.Clock;

/** Builds a {@link Workspace} from a store: the one place the application services are wired. */
public final class Workspaces {
    private Workspaces() {
    }

    public static Workspace over(WorkspaceStore store, Clock clock, Path location) {
        AuditChain chain = new AuditChain(clock);
        DeploymentService deployments = new StoredDeploymentService(store, chain);
        AuditTrail audit = new ChainedAuditTrail(store, chain);
        return new Workspace() {
            @Override
            public DeploymentService deployments() {
                return deployments;
            }

            @Override
            public AuditTrail audit() {
                return audit;
            }

            @Override
            public Path location() {
                return location;
            }

            @Override
            public void close() {
                store.close();
            }
        };
    }
}
