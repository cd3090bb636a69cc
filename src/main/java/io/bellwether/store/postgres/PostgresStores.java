package io.bellwether.store.postgres;

import io.bellwether.application.port.in.WorkspaceUnavailableException;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.store.Migrations;
import io.bellwether.store.OpenedStores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * The stores of a workspace on a PostgreSQL server (team mode): migrated with the same migrations as
 * an H2 file, then the workspace's and the registry's ports over {@link PostgresWorkspaceStore}.
 */
public final class PostgresStores {
    private PostgresStores() {
    }

    /**
     * Connects to {@code url} (a {@code postgresql://} URL), migrating its schema if needed; the
     * password's {@code ${env:NAME}} and {@code PGPASSWORD} are looked up in {@code environment}.
     *
     * @param location the workspace's location as given, for {@link WorkspaceUnavailableException#location}
     */
    public static OpenedStores open(Path location, String url, UnaryOperator<String> environment) {
        try {
            return connect(location, PostgresLocation.parse(url), environment);
        } catch (InvalidInputException e) {
            throw new WorkspaceUnavailableException(location, PostgresLocation.shown(url), e.getMessage(), e);
        }
    }

    private static OpenedStores connect(Path location, PostgresLocation parsed, UnaryOperator<String> environment) {
        PostgresConnections connections = new PostgresConnections(parsed, environment);
        Connection first;
        try {
            first = connections.open();
        } catch (SQLException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new WorkspaceUnavailableException(location, parsed.toString(),
                    PostgresOpenFailures.reason(connections, e), e);
        }
        try {
            Migrations.migrate(connections.dataSource());
            PostgresWorkspaceStore workspace = new PostgresWorkspaceStore(connections, first);
            return new OpenedStores(workspace, workspace.registry(), workspace, workspace::close);
        } catch (RuntimeException e) {
            try {
                first.close();
            } catch (SQLException ignored) {
                // the failure below says what went wrong
            }
            throw new WorkspaceUnavailableException(location, parsed.toString(),
                    PostgresOpenFailures.reason(connections, e), e);
        }
    }
}
