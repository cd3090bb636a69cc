package io.bellwether.application;

import io.bellwether.store.postgres.LocalPostgres;
import java.nio.file.Path;

/** {@link HealthMarksTest} on a new database of a real PostgreSQL (skipped where it is not installed). */
class HealthMarksPostgresTest extends HealthMarksTest {
    @Override
    Path newWorkspaceLocation() {
        return Path.of(LocalPostgres.server().newWorkspaceUrl());
    }
}
