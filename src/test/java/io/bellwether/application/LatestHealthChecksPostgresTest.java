package io.bellwether.application;

import io.bellwether.store.postgres.LocalPostgres;
import java.nio.file.Path;

/** {@link LatestHealthChecksTest} on a new database of a real PostgreSQL (skipped where it is not installed). */
class LatestHealthChecksPostgresTest extends LatestHealthChecksTest {
    @Override
    Path newWorkspaceLocation() {
        return Path.of(LocalPostgres.server().newWorkspaceUrl());
    }
}
