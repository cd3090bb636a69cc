package io.bellwether.application;

import io.bellwether.store.postgres.LocalPostgres;
import java.nio.file.Path;

/** {@link RuleModesTest} on a new database of a real PostgreSQL (skipped where it is not installed). */
class RuleModesPostgresTest extends RuleModesTest {
    @Override
    Path newWorkspaceLocation() {
        return Path.of(LocalPostgres.server().newWorkspaceUrl());
    }
}
