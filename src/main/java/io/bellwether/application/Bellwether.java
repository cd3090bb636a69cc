package io.bellwether.application;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ServiceLoader;

/** Entry point of the Java API. */
public final class Bellwether {
    private Bellwether() {
    }

    /** Opens (creating if needed) the workspace at {@code databasePath} (H2 base name, no suffix). */
    public static Workspace open(Path databasePath) {
        return open(databasePath, Clock.systemUTC());
    }

    /**
     * As {@link #open(Path)}, with every timestamp the workspace writes taken from {@code clock}
     * (tests use a fixed or advancing clock; the demo workspace writes history "in the past").
     */
    public static Workspace open(Path databasePath, Clock clock) {
        WorkspaceProvider provider = ServiceLoader.load(WorkspaceProvider.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("No workspace store on the class path"));
        return provider.open(databasePath, clock);
    }

    /** {@code BELLWETHER_DB} if set, else {@code ~/.bellwether/bellwether}. */
    public static Path defaultLocation() {
        String env = System.getenv("BELLWETHER_DB");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".bellwether", "bellwether");
    }
}
