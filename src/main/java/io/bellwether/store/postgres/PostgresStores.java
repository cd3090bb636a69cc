package io.bellwether.store.postgres;

import io.bellwether.application.port.in.WorkspaceUnavailableException;
import io.bellwether.application.port.out.ModelRegistryStore;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.store.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * The stores of a workspace on a PostgreSQL server (team mode): migrated with the same migrations as
 * an H2 file, then the workspace's and the registry's ports over {@link PostgresWorkspaceStore}.
 */
public final class PostgresStores implements AutoCloseable {
    private final PostgresWorkspaceStore workspace;
    private final ModelRegistryStore registry;

    private PostgresStores(PostgresWorkspaceStore workspace) {
        this.workspace = workspace;
        this.registry = workspace.registry();
    }

    /**
     * Connects to {@code url} (a {@code postgresql://} URL), migrating its schema if needed; the
     * password's {@code ${env:NAME}} and {@code PGPASSWORD} are looked up in {@code environment}.
     *
     * @param location the workspace's location as given, for {@link WorkspaceUnavailableException#location}
     */
    public static PostgresStores open(Path location, String url, UnaryOperator<String> environment) {
        try {
            return connect(location, PostgresLocation.parse(url), environment);
        } catch (InvalidInputException e) {
            throw new WorkspaceUnavailableException(location, PostgresLocation.shown(url), e.getMessage(), e);
        }
    }

    private static PostgresStores connect(Path location, PostgresLocation parsed, UnaryOperator<String> environment) {
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
            return new PostgresStores(new PostgresWorkspaceStore(connections, first));
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

    public WorkspaceStore workspace() {
        return workspace;
    }

    public ModelRegistryStore registry() {
        return registry;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
