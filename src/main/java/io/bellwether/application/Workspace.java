package io.bellwether.application;

import java.nio.file.Path;

/** One open Bellwether database. */
public interface Workspace extends AutoCloseable {

    DeploymentService deployments();

    AuditTrail audit();

    /** The database path as given to {@link Bellwether#open(Path)}. */
    Path location();

    @Override
    void close();
}
