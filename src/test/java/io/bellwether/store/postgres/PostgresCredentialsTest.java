package io.bellwether.store.postgres;

import io.bellwether.Bellwether;
import io.bellwether.CliProcess;
import io.bellwether.Main;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.in.WorkspaceUnavailableException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Credentials in team mode, against a real PostgreSQL and a password-protected role made for the
 * test: the driver reads {@code PGPASSFILE} or {@code ~/.pgpass} (a command line in a JVM of its own,
 * with its own environment and home), the password is never printed nor stored in the workspace; and
 * {@code sslmode} reaches the driver, an unknown one being refused in words.
 */
class PostgresCredentialsTest {
    private static final int UNAVAILABLE = 6;

    @TempDir
    Path dir;
    private LocalPostgres server;
    private String role;
    private String password;
    private String database;
    private String url;

    @BeforeEach
    void aRoleWithAPassword() {
        server = LocalPostgres.server();
        role = "pgpass_" + ProcessHandle.current().pid() + "_" + UUID.randomUUID().toString().substring(0, 8);
        password = "pgpass-secret-" + UUID.randomUUID();
        server.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
        database = server.createDatabase();
        server.execute("ALTER DATABASE " + database + " OWNER TO " + role);
        url = "postgresql://" + role + "@127.0.0.1:" + server.port() + "/" + database;
    }

    @Test
    void aPasswordFileNamedByPgpassfileIsReadAndThePasswordIsNeitherPrintedNorStored() throws Exception {
        Path file = passwordFile(dir.resolve("team.pgpass"), password);
        Path emptyHome = Files.createDirectories(dir.resolve("empty-home"));

        CliProcess.Run created = cli(Map.of("PGPASSFILE", file.toString()), emptyHome, "deployments", "create",
                "--model", "fraud", "--model-version", "v2", "--strategy", "direct", "--db", url);
        assertThat(created.exitCode()).as(created.err()).isZero();
        CliProcess.Run verified = cli(Map.of("PGPASSFILE", file.toString()), emptyHome, "audit", "verify", "--db", url);
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        CliProcess.Run without = cli(Map.of(), emptyHome, "deployments", "list", "--db", url);
        assertThat(without.exitCode()).as(without.err()).isEqualTo(UNAVAILABLE);
        assertThat(without.err()).contains("refused user " + role, "~/.pgpass").hasLineCount(1);

        for (CliProcess.Run run : List.of(created, verified, without)) {
            assertThat(run.out() + run.err()).doesNotContain(password);
        }
        assertThat(rowsMentioning(password)).as("rows of the workspace holding the password").isZero();
        assertThat(rowsMentioning("fraud")).as("the search itself finds what was stored").isPositive();
    }

    @Test
    void theHomeFoldersPgpassIsRead() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        passwordFile(home.resolve(".pgpass"), password);

        CliProcess.Run listed = cli(Map.of(), home, "deployments", "list", "--db", url);

        assertThat(listed.exitCode()).as(listed.err()).isZero();
    }

    @Test
    void aWrongPasswordInThePasswordFileIsRefusedWithoutShowingIt() throws Exception {
        String wrong = "pgpass-wrong-" + UUID.randomUUID();
        Path file = passwordFile(dir.resolve("wrong.pgpass"), wrong);

        CliProcess.Run refused = cli(Map.of("PGPASSFILE", file.toString()), dir, "deployments", "list", "--db", url);

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(UNAVAILABLE);
        assertThat(refused.err()).contains("refused user " + role).doesNotContain(wrong, password, "Exception");
        assertThat(refused.out()).isEmpty();
    }

    @Test
    void sslmodeReachesTheDriverAndAnUnknownOneIsRefused() {
        Map<String, String> environment = Map.of("TEAM_PW", password);
        String withPassword = url + "?password=${env:TEAM_PW}";
        try (Workspace plain = Bellwether.open(Path.of(withPassword + "&sslmode=disable"), Clock.systemUTC(),
                environment::get)) {
            assertThat(plain.audit().verify().intact()).isTrue();
        }
        assertThatThrownBy(() -> Bellwether.open(Path.of(withPassword + "&sslmode=require"), Clock.systemUTC(),
                environment::get))
                .as("the test server has no TLS: the driver asked for it")
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessageContaining("sslmode=require").hasMessageContaining("SSL").hasMessageNotContaining(password);
        assertThatThrownBy(() -> Bellwether.open(Path.of(withPassword + "&sslmode=sometimes"), Clock.systemUTC(),
                environment::get))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessageContaining("sslmode 'sometimes'").hasMessageContaining("verify-full");
        assertThat(PostgresLocation.parse(url + "?sslmode=verify-full").jdbcUrl()).endsWith("?sslmode=verify-full");
    }

    private Path passwordFile(Path file, String secret) throws Exception {
        Files.writeString(file, "127.0.0.1:" + server.port() + ":" + database + ":" + role + ":" + secret + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** The command line in a JVM of its own with {@code home} as its home folder and only {@code environment}'s PG variables. */
    private CliProcess.Run cli(Map<String, String> environment, Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>(CliProcess.java(Main.class, args));
        command.add(1, "-Duser.home=" + home);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(new File("/dev/null"));
        builder.environment().keySet().removeIf(name -> name.startsWith("PG") || name.equals("BELLWETHER_DB"));
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new CliProcess.Started(process, out, err).finish();
    }

    /** Rows in any table of the workspace whose text holds {@code text}. */
    private long rowsMentioning(String text) throws Exception {
        long rows = 0;
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + table + " t WHERE t::text LIKE '%"
                        + text.replace("'", "''") + "%'")) {
                    count.next();
                    rows += count.getLong(1);
                }
            }
        }
        return rows;
    }
}
