package io.bellwether.store;

import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The one migration set of every engine: the SQL of {@code db/migration} (written to run on H2 and on
 * PostgreSQL alike) and the Java migrations V7, V8 and V12. Refuses a schema written by a newer Bellwether, and a
 * database that holds another application's tables, before changing anything.
 */
public final class Migrations {
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private Migrations() {
    }

    /** Every migration, SQL and Java, without a data source. */
    static FluentConfiguration configuration() {
        return Flyway.configure().locations("classpath:db/migration")
                .javaMigrations(new V7__ShadowSegments(), new V8__DisagreementIndex(),
                        new V12__SingleWritesNearTheFloor());
    }

    /** Migrates the database of {@code source} to this Bellwether's schema. */
    public static void migrate(DataSource source) {
        FLYWAY_LOG.setLevel(Level.SEVERE);
        Flyway flyway = configuration().dataSource(source).load();
        Optional<MigrationInfo> newer = Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .reduce((first, last) -> last);
        if (newer.isPresent()) {
            throw new IllegalStateException("its schema is version " + newer.get().getVersion()
                    + ", written by a newer Bellwether: upgrade Bellwether to open it");
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            if (String.valueOf(e.getMessage()).contains("no schema history table")) {
                throw new IllegalStateException("the database holds tables that are not a Bellwether workspace"
                        + " (another application's?): give an empty database", e);
            }
            throw e;
        }
    }
}
