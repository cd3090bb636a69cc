package io.bellwether.drill;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.MetricsBackfill;
import io.bellwether.domain.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Drill data lives in its own workspace: every deployment in it carries {@value #DRILL_KEY}=true in
 * its metadata, and a workspace holding any other deployment is refused, so a drill never writes
 * into production records.
 */
public final class DrillWorkspaces {
    public static final String DRILL_KEY = "drill";
    public static final String SCENARIO_KEY = "drill_scenario";

    private DrillWorkspaces() {
    }

    /** Opens (creating if needed) the drill workspace at {@code databasePath}. */
    public static Workspace open(Path databasePath, Clock clock) {
        if (databasePath.toAbsolutePath().normalize().equals(Bellwether.defaultLocation().toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("Refusing to run a drill in the production workspace "
                    + databasePath + ": give a separate database path");
        }
        Workspace workspace = Bellwether.openRecordOnly(databasePath, clock);
        try {
            for (Deployment d : workspace.queries().listDeployments(null, null)) {
                if (!isDrill(d)) {
                    throw new IllegalArgumentException("Refusing to run a drill in " + databasePath
                            + ": it is not a drill workspace (deployment " + d.deploymentId() + " is not a drill)");
                }
            }
            return workspace;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** The Prometheus a drill run through Prometheus backfills and queries (the composition root's). */
    public static MetricsBackfill metricsBackfill() {
        return Bellwether.metricsBackfill();
    }

    /** The console's drill workspace: a separate database beside the default one ({@code ~/.bellwether/drills/drills}). */
    public static Path defaultLocation() {
        Path production = Bellwether.defaultLocation().toAbsolutePath();
        Path parent = production.getParent() == null ? Path.of(".") : production.getParent();
        return parent.resolve("drills").resolve("drills");
    }

    /** A fresh drill workspace in a new temporary directory; {@link #deleteTemporary} removes it. */
    public static Path temporaryLocation() {
        try {
            return Files.createTempDirectory("bellwether-drill").resolve("drill");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary drill workspace", e);
        }
    }

    /** Deletes a workspace made by {@link #temporaryLocation()} (closed first) and its directory. */
    public static void deleteTemporary(Path location) {
        Path directory = location.toAbsolutePath().getParent();
        if (directory == null || !directory.getFileName().toString().startsWith("bellwether-drill")) {
            throw new IllegalArgumentException(location + " is not a temporary drill workspace");
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary drill workspace " + directory, e);
        }
    }

    public static boolean isDrill(Deployment deployment) {
        return Boolean.TRUE.equals(deployment.metadata().get(DRILL_KEY));
    }
}
