package io.bellwether;

import io.bellwether.application.port.in.Operators;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.out.MetricsBackfill;
import io.bellwether.application.port.out.WebhookSender;
import io.bellwether.application.service.WorkspaceAssembly;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.hooks.ConfiguredTrafficHooks;
import io.bellwether.hooks.RecordOnlyTrafficHooks;
import io.bellwether.hooks.TrafficControllers;
import io.bellwether.metrics.BackfilledPrometheus;
import io.bellwether.metrics.PrometheusMetricsSource;
import io.bellwether.notify.HttpWebhookSender;
import io.bellwether.store.H2Stores;
import io.bellwether.store.OpenedStores;
import io.bellwether.store.PageCache;
import io.bellwether.store.WorkspaceCopy;
import io.bellwether.store.postgres.PostgresLocation;
import io.bellwether.store.postgres.PostgresStores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The composition root: the one place that knows every adapter. The console ({@code ui/App}), the
 * command line and the drills open their workspaces here.
 */
public final class Bellwether {
    private Bellwether() {
    }

    /**
     * A command's workspace: opens (creating if needed) the workspace at {@code databasePath} (H2 base
     * name, no suffix), with the small page cache of a process that passes over its data once
     * ({@link PageCache#COMMAND}); the console opens its own with {@link #openAs}.
     */
    public static Workspace open(Path databasePath) {
        return open(databasePath, Clock.systemUTC());
    }

    /**
     * As {@link #open(Path)}, with every timestamp the workspace writes taken from {@code clock}
     * (tests use a fixed or advancing clock; the demo workspace writes history "in the past").
     * Lifecycle steps call the traffic controller configured for the deployment's environment.
     */
    public static Workspace open(Path databasePath, Clock clock) {
        return open(databasePath, clock, System::getenv);
    }

    /** As {@link #open(Path, Clock)}, with hook settings' and metrics bindings' {@code ${env:NAME}} references resolved by {@code environmentVariables}. */
    public static Workspace open(Path databasePath, Clock clock, UnaryOperator<String> environmentVariables) {
        return open(databasePath, clock, environmentVariables, Operators::osAccount, PageCache.COMMAND);
    }

    /**
     * The console's workspace: as {@link #open(Path, Clock)}, acting as the OS accounts {@code osAccount}
     * names (the demo's people), with the page cache of a process that rereads its data all day.
     */
    public static Workspace openAs(Path databasePath, Clock clock, Supplier<String> osAccount) {
        return open(databasePath, clock, System::getenv, osAccount, PageCache.CONSOLE);
    }

    private static Workspace open(Path databasePath, Clock clock, UnaryOperator<String> environmentVariables,
                                  Supplier<String> osAccount, PageCache pageCache) {
        requireClock(clock);
        OpenedStores stores = openStores(databasePath, environmentVariables, pageCache);
        return WorkspaceAssembly.assemble(databasePath, stores.workspace(), stores.registry(),
                log -> new ConfiguredTrafficHooks(log, new TrafficControllers(), clock, environmentVariables),
                new PrometheusMetricsSource(environmentVariables), new HttpWebhookSender(environmentVariables), clock,
                osAccount, stores::close);
    }

    /**
     * A workspace whose steps never move traffic, whatever its hook settings say (drills, imports,
     * registry commands): no traffic controller is called and no hook call is stored; no notification is sent.
     */
    public static Workspace openRecordOnly(Path databasePath) {
        return openRecordOnly(databasePath, Clock.systemUTC());
    }

    /** As {@link #openRecordOnly(Path)}, with every timestamp taken from {@code clock}. */
    public static Workspace openRecordOnly(Path databasePath, Clock clock) {
        return openRecordOnly(databasePath, clock, Operators::osAccount);
    }

    /**
     * As {@link #openRecordOnly(Path, Clock)}, acting as the OS accounts {@code osAccount} names: the
     * demo's story is told by its people's accounts ("demo:…"), and tests play several people.
     */
    public static Workspace openRecordOnly(Path databasePath, Clock clock, Supplier<String> osAccount) {
        requireClock(clock);
        OpenedStores stores = openStores(databasePath, System::getenv, PageCache.COMMAND);
        return WorkspaceAssembly.assemble(databasePath, stores.workspace(), stores.registry(),
                log -> new RecordOnlyTrafficHooks(), new PrometheusMetricsSource(System::getenv), WebhookSender.NEVER,
                clock, osAccount, stores::close);
    }

    /**
     * A Prometheus started over backfilled samples (drills run through it with {@code --through-prometheus}),
     * its binaries looked up on the PATH.
     */
    public static MetricsBackfill metricsBackfill() {
        return new BackfilledPrometheus(System::getenv, BackfilledPrometheus.READY_WITHIN);
    }

    /**
     * Copies every row of the workspace at {@code from} into the empty one at {@code to}, either on H2 or
     * on PostgreSQL (made and migrated if new): all of it in one transaction, or nothing.
     *
     * @return the rows copied per table
     */
    public static Map<String, Long> copy(Path from, Path to, UnaryOperator<String> environmentVariables) {
        String fromShown = shown(from);
        String toShown = shown(to);
        if (fromShown.equals(toShown)) {
            throw new InvalidInputException("--to", toShown, "is the workspace to copy from");
        }
        try (OpenedStores source = openStores(from, environmentVariables, PageCache.COMMAND);
             OpenedStores target = openStores(to, environmentVariables, PageCache.COMMAND)) {
            return WorkspaceCopy.copy(source.tables(), fromShown, target.tables(), toShown);
        }
    }

    /** A location as messages show it: a PostgreSQL URL without its password, an H2 file's absolute base name. */
    public static String shown(Path location) {
        String text = location.toString();
        return PostgresLocation.isUrl(text) ? PostgresLocation.shown(text) : location.toAbsolutePath().normalize().toString();
    }

    /** The stores of either engine: a {@code postgresql://} URL (team mode), else an H2 file with {@code pageCache}. */
    private static OpenedStores openStores(Path location, UnaryOperator<String> environmentVariables,
                                           PageCache pageCache) {
        String text = location == null ? null : location.toString();
        return PostgresLocation.isUrl(text)
                ? PostgresStores.open(location, text, environmentVariables)
                : H2Stores.open(location, pageCache);
    }

    private static void requireClock(Clock clock) {
        if (clock == null) {
            throw new InvalidInputException("clock", null, "is required");
        }
    }

    /** Whether {@code location} is a database server's URL ({@code postgresql://…}), not an H2 file. */
    public static boolean isServer(Path location) {
        return location != null && PostgresLocation.isUrl(location.toString());
    }

    /** {@code BELLWETHER_DB} (an H2 path or a {@code postgresql://} URL) if set, else {@code ~/.bellwether/bellwether}. */
    public static Path defaultLocation() {
        String env = System.getenv("BELLWETHER_DB");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".bellwether", "bellwether");
    }
}
