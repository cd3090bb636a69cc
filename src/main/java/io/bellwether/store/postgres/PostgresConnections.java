package io.bellwether.store.postgres;

import io.bellwether.domain.InvalidInputException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * Opens connections to a {@link PostgresLocation}. The password is resolved on every connect and
 * only handed to the driver: a {@code ${env:NAME}} reference, else {@code PGPASSWORD}, else none, and
 * the driver reads {@code PGPASSFILE} or {@code ~/.pgpass} itself. The user is the URL's, else
 * {@code PGUSER}, else the OS account (as psql does).
 */
final class PostgresConnections {
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int SOCKET_TIMEOUT_SECONDS = 120;

    private final PostgresLocation location;
    private final UnaryOperator<String> environment;

    PostgresConnections(PostgresLocation location, UnaryOperator<String> environment) {
        this.location = location;
        this.environment = environment;
    }

    PostgresLocation location() {
        return location;
    }

    /** A new connection, not in auto-commit mode. */
    Connection open() throws SQLException {
        Connection connection = dataSource().getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** A new connection in auto-commit mode, named {@code applicationName} in pg_stat_activity. */
    Connection openAutoCommit(String applicationName) throws SQLException {
        return dataSource(applicationName).getConnection();
    }

    /** A data source for Flyway, with the password resolved now. */
    DataSource dataSource() {
        return dataSource("bellwether");
    }

    private PGSimpleDataSource dataSource(String applicationName) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(location.jdbcUrl());
        source.setUser(user());
        String password = password();
        if (password != null) {
            source.setPassword(password);
        }
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
        source.setTcpKeepAlive(true);
        source.setApplicationName(applicationName);
        return source;
    }

    String user() {
        if (location.user() != null) {
            return location.user();
        }
        String pgUser = environment.apply("PGUSER");
        return pgUser == null || pgUser.isBlank() ? System.getProperty("user.name") : pgUser;
    }

    private String password() {
        String reference = location.passwordReference();
        if (reference != null) {
            Matcher name = PostgresLocation.ENV_REFERENCE.matcher(reference);
            if (!name.matches()) {
                throw new InvalidInputException("workspace URL password", "(hidden)", "must be ${env:NAME}");
            }
            String value = environment.apply(name.group(1));
            if (value == null) {
                throw new InvalidInputException("workspace URL password", reference,
                        "names the environment variable " + name.group(1) + ", which is not set");
            }
            return value;
        }
        String fromEnvironment = environment.apply("PGPASSWORD");
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment;
    }
}
