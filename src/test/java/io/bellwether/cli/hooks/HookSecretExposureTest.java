package io.bellwether.cli.hooks;

import com.sun.net.httpserver.HttpServer;
import io.bellwether.cli.WorkspaceCli;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        return new WorkspaceCli(dir).run(args).out();
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
        return new WorkspaceCli(dir).rows("SELECT * FROM " + table);
    }
}
