package io.bellwether.application;

import io.bellwether.store.postgres.LocalPostgres;
import java.nio.file.Path;

/** {@link DisagreementBrowserTest} on a new database of a real PostgreSQL (skipped where it is not installed). */
class DisagreementBrowserPostgresTest extends DisagreementBrowserTest {
    @Override
    Path newWorkspaceLocation() {
        return Path.of(LocalPostgres.server().newWorkspaceUrl());
    }
}
