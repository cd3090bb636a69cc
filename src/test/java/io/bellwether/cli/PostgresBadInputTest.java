package io.bellwether.cli;

import io.bellwether.Bellwether;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.port.in.WorkspaceUnavailableException;
import io.bellwether.cli.CommandLineTest.Run;
import io.bellwether.store.postgres.LocalPostgres;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A --db postgresql://… that cannot be used ends every command with one line naming what is wrong and
 * exit 6 (workspace unavailable), and writes nothing; against a real PostgreSQL where it is needed.
 */
class PostgresBadInputTest {

    private static Run listAt(String url) {
        return CommandLineTest.run("deployments", "list", "--db", url);
    }

    private static void assertOneLineRefusal(Run run, String... naming) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("bellwether deployments list: cannot open the workspace ")
                .doesNotContain("Exception", "\tat ").contains(naming);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMalformedUrlSaysWhatAUrlLooksLike() {
        assertOneLineRefusal(listAt("postgresql://127.0.0.1:5432"), "postgresql://[user@]host[:port]/database");
        assertOneLineRefusal(listAt("postgresql://h:99999/db"), "port 99999");
        assertOneLineRefusal(listAt("postgresql://h/db?user=x"), "parameter 'user'");
    }

    @Test
    void aPasswordInTheUrlIsRefusedAndNotShown() {
        Run inline = listAt("postgresql://ops:hunter2@127.0.0.1/db");
        assertOneLineRefusal(inline, "must not contain a password");
        assertThat(inline.err()).doesNotContain("hunter2");
        Run parameter = listAt("postgresql://ops@127.0.0.1/db?password=hunter2");
        assertOneLineRefusal(parameter, "${env:NAME}");
        assertThat(parameter.err()).doesNotContain("hunter2");
    }

    @Test
    void anUnsetPasswordVariableIsNamed() {
        assertOneLineRefusal(listAt("postgresql://ops@127.0.0.1/db?password=${env:BELLWETHER_TEST_UNSET_PW}"),
                "BELLWETHER_TEST_UNSET_PW", "not set");
    }

    @Test
    void anUnreachableServerIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        assertOneLineRefusal(listAt("postgresql://ops@127.0.0.1:" + closedPort + "/db"),
                "127.0.0.1:" + closedPort + " cannot be reached");
    }

    @Test
    void aMissingDatabaseIsNamed() {
        LocalPostgres server = LocalPostgres.server();
        assertOneLineRefusal(listAt(server.url("no_such_db")), "no_such_db does not exist");
    }

    @Test
    void wrongCredentialsAreRefusedWithoutShowingThePassword() {
        LocalPostgres server = LocalPostgres.server();
        String database = server.createDatabase();
        server.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'teammate') THEN"
                + " CREATE ROLE teammate LOGIN PASSWORD 'right-secret'; END IF; END $$");
        server.execute("GRANT ALL ON DATABASE " + database + " TO teammate");
        server.executeOn(database, "GRANT ALL ON SCHEMA public TO teammate");
        String url = "postgresql://teammate@127.0.0.1:" + server.port() + "/" + database + "?password=${env:TEAM_PW}";

        assertThatThrownBy(() -> Bellwether.open(Path.of(url), Clock.systemUTC(), Map.of("TEAM_PW", "wrong-secret")::get))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessageContaining("refused user teammate").hasMessageNotContaining("wrong-secret");
        assertThatThrownBy(() -> Bellwether.open(Path.of(url.replace("?password=${env:TEAM_PW}", "")),
                Clock.systemUTC(), name -> null))
                .isInstanceOf(WorkspaceUnavailableException.class).hasMessageContaining("refused user teammate");
        try (Workspace workspace = Bellwether.open(Path.of(url), Clock.systemUTC(),
                Map.of("TEAM_PW", "right-secret")::get)) {
            assertThat(workspace.audit().verify().intact()).isTrue();
        }
        Run viaPgPassword = listAt(url.replace("?password=${env:TEAM_PW}", "?password=${env:BELLWETHER_TEST_UNSET_PW}"));
        assertThat(viaPgPassword.exitCode()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
    }

    @Test
    void anotherApplicationsTablesAreLeftAlone() throws Exception {
        LocalPostgres server = LocalPostgres.server();
        String database = server.createDatabase();
        server.executeOn(database, "CREATE TABLE orders (id INT PRIMARY KEY)");

        assertOneLineRefusal(listAt(server.url(database)), "not a Bellwether workspace");
        assertThat(tables(server, database)).isEqualTo(1);
    }

    @Test
    void aSchemaFromANewerBellwetherIsRefusedUnchanged() throws Exception {
        LocalPostgres server = LocalPostgres.server();
        String database = server.createDatabase();
        Bellwether.open(Path.of(server.url(database))).close();
        server.executeOn(database, "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success) VALUES (100, '99', 'from the future',"
                + " 'SQL', 'V99__future.sql', 0, 'test', 0, TRUE)");
        int before = tables(server, database);

        assertOneLineRefusal(listAt(server.url(database)), "version 99", "newer Bellwether");
        assertThat(tables(server, database)).isEqualTo(before);
    }

    @Test
    void aGoodUrlWorksFromTheCommandLine() {
        LocalPostgres server = LocalPostgres.server();
        String url = server.newWorkspaceUrl();
        Run create = CommandLineTest.run("deployments", "create", "--model", "fraud_detector", "--model-version", "v2", "--strategy", "canary",
                "--db", url);
        assertThat(create.exitCode()).as(create.err()).isZero();
        Run list = listAt(url);
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("fraud_detector");
    }

    private static int tables(LocalPostgres server, String database) throws Exception {
        try (Connection connection = server.connect(database); Statement count = connection.createStatement();
             ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                     + " WHERE table_schema = 'public'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
