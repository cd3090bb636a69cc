package io.bellwether.cli.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.application.service.Json;
import io.bellwether.cli.BellwetherCommand;
import io.bellwether.cli.ExitCodes;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.EventType;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code bellwether hooks} in-process, against a workspace in a temporary folder. */
class HooksCommandTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return Json.mapper().readTree(out);
        }
    }

    Run run(String... args) {
        CommandLine line = BellwetherCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add(2, "--db");
        all.add(3, dir.resolve("bellwether").toString());
        return new Run(line.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    Path script(String body) throws IOException {
        Path script = dir.resolve("hook.sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void setShowAndTestACommandHook() throws Exception {
        Path script = script("echo \"called with $1 for $BELLWETHER_ENVIRONMENT\"");

        Run set = run("hooks", "set", "--env", "production", "--adapter", "command", "--command", script.toString(),
                "--arg", "--rollout=fraud-api", "--timeout", "5s", "--operator", "admin");
        assertThat(set.err()).isEmpty();
        assertThat(set.exitCode()).isZero();

        Run show = run("hooks", "show", "--env", "production");
        assertThat(show.exitCode()).isZero();
        assertThat(show.json().path("adapter").asText()).isEqualTo("command");
        assertThat(show.json().path("command").get(1).asText()).isEqualTo("--rollout=fraud-api");
        assertThat(show.json().path("timeout_ms").asLong()).isEqualTo(5000);

        Run test = run("hooks", "test", "--env", "production", "--operator", "admin");
        assertThat(test.exitCode()).isZero();
        assertThat(test.json().path("output").asText()).isEqualTo("called with --rollout=fraud-api for production\n");
        assertThat(test.json().path("exit_code").asInt()).isZero();

        try (Workspace workspace = Bellwether.openRecordOnly(dir.resolve("bellwether"))) {
            List<AuditEvent> events = workspace.audit().query(AuditQuery.ALL);
            assertThat(events).extracting(AuditEvent::type)
                    .containsExactly(EventType.CONFIGURATION_CHANGED, EventType.TRAFFIC_HOOK_CALLED);
        }
    }

    @Test
    void aFailingTestCallExitsWithFive() throws Exception {
        Path script = script("echo 'kubectl: rollout not found' >&2; exit 1");
        run("hooks", "set", "--env", "*", "--adapter", "command", "--command", script.toString());

        Run test = run("hooks", "test", "--env", "staging");

        assertThat(test.exitCode()).isEqualTo(ExitCodes.HOOK_FAILED);
        assertThat(test.json().path("succeeded").asBoolean()).isFalse();
        assertThat(test.json().path("exit_code").asInt()).isEqualTo(1);
        assertThat(test.json().path("output").asText()).contains("rollout not found");
    }

    @Test
    void showMasksSecretHeaders() throws Exception {
        Run set = run("hooks", "set", "--env", "production", "--adapter", "http", "--url",
                "https://hooks.example.com/traffic", "--header", "Authorization=Bearer ${env:ARGO_TOKEN}",
                "--secret-header", "X-Tenant=acme-secret-7", "--header", "X-Team=fraud");
        assertThat(set.exitCode()).isZero();
        assertThat(set.out()).doesNotContain("acme-secret-7");

        Run show = run("hooks", "show");
        JsonNode headers = show.json().get(0).path("headers");
        assertThat(headers.path("Authorization").asText()).isEqualTo("Bearer ${env:ARGO_TOKEN}");
        assertThat(headers.path("X-Tenant").asText()).isEqualTo("***");
        assertThat(headers.path("X-Team").asText()).isEqualTo("fraud");
    }

    @Test
    void badInputIsOneLineNamingTheFieldAndExitTwo() {
        Run adapter = run("hooks", "set", "--env", "production", "--adapter", "carrier-pigeon");
        assertThat(adapter.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(adapter.err()).isEqualTo("bellwether hooks set: adapter must be one of none, command, http"
                + " (got carrier-pigeon)\n");

        Run missing = run("hooks", "set", "--env", "production", "--adapter", "http");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).startsWith("bellwether hooks set: url must be an absolute http");

        Run timeout = run("hooks", "set", "--env", "production", "--adapter", "command", "--command", "/bin/true",
                "--timeout", "soon");
        assertThat(timeout.err()).contains("timeout must be a duration", "(got soon)");
    }
}
