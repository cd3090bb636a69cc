package io.bellwether.cli.hooks;

import com.sun.net.httpserver.HttpServer;
import io.bellwether.cli.BellwetherCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import static org.assertj.core.api.Assertions.assertThat;


/** A webhook that reflects only the token part of a Bearer header, and a URL whose query holds short values. */
class HookSecretExposureTest {
    static final String TOKEN = "tok-5b2e81c0d9";

    @TempDir
    Path dir;
    HttpServer server;

    @BeforeEach
    void startWebhook() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
            byte[] body = ("denied for " + token + " from http://127.0.0.1:" + server.getAddress().getPort()
                    + "/hook?v=1").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopWebhook() {
        server.stop(0);
    }

    String run(String... args) {
        CommandLine line = BellwetherCommand.commandLine();
        StringWriter out = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(out));
        List<String> all = new ArrayList<>(List.of(args));
        all.add(2, "--db");
        all.add(3, dir.resolve("bellwether").toString());
        line.execute(all.toArray(String[]::new));
        return out.toString();
    }

    @Test
    void theTokenAfterItsSchemeWordAppearsNowhereStoredOrPrinted() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook?v=1";
        run("hooks", "set", "--env", "production", "--adapter", "http", "--url", url,
                "--header", "Authorization=Bearer " + TOKEN);

        String test = run("hooks", "test", "--env", "production", "--operator", "admin");
        run("audit", "export", "--format", "json", "--out", dir.resolve("audit.json").toString());
        run("audit", "export", "--format", "csv", "--out", dir.resolve("audit.csv").toString());

        assertThat(test).contains("denied for ***").doesNotContain(TOKEN);
        assertThat(Files.readString(dir.resolve("audit.json"))).contains("denied for ***").doesNotContain(TOKEN);
        assertThat(Files.readString(dir.resolve("audit.csv"))).contains("denied for ***").doesNotContain(TOKEN);
        assertThat(rows("audit_events")).contains("denied for ***").doesNotContain(TOKEN);
        assertThat(rows("traffic_hook_calls")).contains("denied for ***").doesNotContain(TOKEN);
    }

    @Test
    void aShortQueryValueIsNotMaskedInsideOtherText() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook?v=1";
        run("hooks", "set", "--env", "production", "--adapter", "http", "--url", url,
                "--header", "Authorization=Bearer " + TOKEN);

        String test = run("hooks", "test", "--env", "production", "--operator", "admin");

        assertThat(test).contains("http://127.0.0.1:" + server.getAddress().getPort() + "/hook?v=1");
    }

    private String rows(String table) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("bellwether"));
             ResultSet rows = c.createStatement().executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    all.append(rows.getString(i)).append('|');
                }
                all.append('\n');
            }
        }
        return all.toString();
    }
}
