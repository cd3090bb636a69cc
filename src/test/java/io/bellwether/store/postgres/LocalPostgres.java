package io.bellwether.store.postgres;

import io.bellwether.io.ExternalProcess;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL (Debian's {@code postgresql} package) started by the tests: {@code initdb} in a
 * temporary data directory (as the {@code postgres} OS user when running as root), listening on
 * 127.0.0.1 on a free port only, one server per test JVM, stopped by a shutdown hook. Each caller gets
 * a fresh database. The superuser {@code postgres} connects from 127.0.0.1 without a password; every
 * other role needs its password (scram-sha-256). Where the binaries are missing the test is skipped,
 * or fails when {@code BELLWETHER_REQUIRE_SERVERS=1} (CI).
 */
public final class LocalPostgres {
    static final String SUPERUSER = "postgres";
    private static final String INSTALL =
            "install it with `apt-get install -y postgresql` to run the PostgreSQL tests";
    private static final int WAIT_SECONDS = 60;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static LocalPostgres shared;
    private static RuntimeException failedToStart;

    private final Path folder;
    private final Path bin;
    private final int port;

    private LocalPostgres(Path folder, Path bin, int port) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
    }

    /** The JVM's server, started on first use; skips (or fails, in CI) when PostgreSQL is not installed. */
    public static synchronized LocalPostgres server() {
        Path bin = binaries();
        if (failedToStart != null) {
            throw failedToStart;
        }
        if (shared == null) {
            try {
                shared = start(bin);
            } catch (IOException | RuntimeException e) {
                failedToStart = new IllegalStateException("PostgreSQL did not start: " + e.getMessage(), e);
                throw failedToStart;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting PostgreSQL", e);
            }
        }
        return shared;
    }

    /** The folder of {@code initdb} and {@code pg_ctl}, or the test is skipped (failed where servers are required). */
    static Path binaries() {
        Optional<Path> found = candidates().filter(dir -> Files.isExecutable(dir.resolve("initdb"))
                && Files.isExecutable(dir.resolve("pg_ctl")) && Files.isExecutable(dir.resolve("postgres"))).findFirst();
        if (found.isEmpty()) {
            String message = "PostgreSQL's initdb, pg_ctl and postgres are neither in /usr/lib/postgresql/*/bin"
                    + " nor on the PATH: " + INSTALL;
            if ("1".equals(System.getenv("BELLWETHER_REQUIRE_SERVERS"))) {
                Assertions.fail(message + " (BELLWETHER_REQUIRE_SERVERS=1 makes this a failure)");
            }
            Assumptions.abort(message);
        }
        return found.get();
    }

    private static Stream<Path> candidates() {
        List<Path> dirs = new ArrayList<>();
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted(Comparator.comparing(LocalPostgres::majorVersion).reversed())
                        .forEach(version -> dirs.add(version.resolve("bin")));
            } catch (IOException e) {
                // fall back to the PATH
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            dirs.add(Path.of(dir));
        }
        return dirs.stream();
    }

    private static int majorVersion(Path versionFolder) {
        try {
            return Integer.parseInt(versionFolder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalPostgres start(Path bin) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("bellwether-pg");
        LocalPostgres server = new LocalPostgres(folder, bin, ExternalProcess.freePort());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "bellwether-test-postgres-stop"));
        if (isRoot()) {
            UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(SUPERUSER);
            Files.setOwner(folder, postgres);
        }
        Path data = folder.resolve("data");
        server.run(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-E", "UTF8",
                "--locale=C", "--no-sync", "--auth-local=trust", "--auth-host=scram-sha-256");
        Path hba = data.resolve("pg_hba.conf");
        List<String> rules = new ArrayList<>(List.of("local all all trust",
                "host all " + SUPERUSER + " 127.0.0.1/32 trust", "host all all 127.0.0.1/32 scram-sha-256"));
        server.runAsPostgres(List.of("sh", "-c", "cat > " + hba), String.join("\n", rules) + "\n");
        server.run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("server.log").toString(),
                "-w", "-t", String.valueOf(WAIT_SECONDS), "-o",
                "-c listen_addresses=127.0.0.1 -p " + server.port + " -k " + folder
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
        return server;
    }

    /** The port it listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** A new empty database, owned by the superuser. */
    public String createDatabase() {
        String name = "bw_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return name;
    }

    /** {@code postgresql://postgres@127.0.0.1:PORT/NAME} of a new empty database. */
    public String newWorkspaceUrl() {
        return url(createDatabase());
    }

    public String url(String database) {
        return "postgresql://" + SUPERUSER + "@127.0.0.1:" + port + "/" + database;
    }

    /** Runs {@code sql} as the superuser on the {@code postgres} database. */
    public void execute(String sql) {
        executeOn("postgres", sql);
    }

    /** Runs {@code sql} as the superuser on {@code database}. */
    public void executeOn(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql + ": " + e.getMessage(), e);
        }
    }

    /** A connection as the superuser to {@code database}. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database
                + "?user=" + SUPERUSER + "&connectTimeout=10");
    }

    /**
     * Waits (5 s at most) until {@code count} connections {@code LISTEN} on the workspace at {@code url};
     * the newest one's backend process id.
     */
    public int awaitListening(String url, int count) throws InterruptedException, SQLException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < until) {
            if (listening(url) >= count) {
                return (int) listenerQuery(url, "pid", "ORDER BY backend_start DESC LIMIT 1");
            }
            Thread.sleep(20);
        }
        throw new AssertionError(count + " listening connection(s) expected within 5 s, found " + listening(url));
    }

    /** How many connections {@code LISTEN} on the workspace at {@code url}. */
    public int listening(String url) throws SQLException {
        return (int) listenerQuery(url, "count(*)", "");
    }

    private long listenerQuery(String url, String what, String order) throws SQLException {
        String sql = "SELECT " + what + " FROM pg_stat_activity WHERE datname = ? AND query LIKE 'LISTEN%' " + order;
        try (Connection connection = connect("postgres"); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, PostgresLocation.parse(url).database());
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void run(String... command) throws IOException, InterruptedException {
        runAsPostgres(List.of(command), null);
    }

    private void runAsPostgres(List<String> command, String input) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(command);
        Path output = Files.createTempFile("bellwether-pg-command", ".log");
        try {
            ExternalProcess.Finished finished = ExternalProcess.run(full, output, input,
                    Duration.ofSeconds(WAIT_SECONDS + 30L));
            if (!finished.inTime()) {
                throw new IllegalStateException(String.join(" ", full) + " did not finish within "
                        + (WAIT_SECONDS + 30) + " s: " + Files.readString(output) + serverLog());
            }
            if (finished.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed with " + finished.exitValue() + ": "
                        + Files.readString(output) + serverLog());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String serverLog() {
        try {
            Path log = folder.resolve("server.log");
            return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void stop() {
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate",
                    "-w", "-t", "30", "stop");
        } catch (IOException | RuntimeException | InterruptedException e) {
            // the JVM is exiting; the data folder is temporary
        }
        try {
            ExternalProcess.deleteFolder(folder);
        } catch (UncheckedIOException e) {
            // best effort
        }
    }
}
