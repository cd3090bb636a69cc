package io.bellwether.application;

import io.bellwether.store.postgres.LocalPostgres;
import java.nio.file.Path;

/** {@link ReplayTest} on a new database of a real PostgreSQL (skipped where it is not installed). */
class ReplayPostgresTest extends ReplayTest {
    @Override
    Path newWorkspaceLocation() {
        return Path.of(LocalPostgres.server().newWorkspaceUrl());
    }
}
