package io.bellwether.hooks;

import com.sun.net.httpserver.HttpServer;
import io.bellwether.Bellwether;
import io.bellwether.application.port.in.AuditQuery;
import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.HookHeader;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.application.port.in.TrafficHookException;
import io.bellwether.application.port.in.Workspace;
import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secrets stay out of the audit trail and the stored outcomes; settings are per environment and audited. */
class HookSecretsAndSettingsTest extends HookedWorkspaceTestBase {
    static final String TOKEN = "tok-7f3a9c1e55";
    static final String TENANT = "tenant-b81d20";
    static final String SIGNATURE = "sig-0c9e4d";

    volatile String receivedAuthorization;

    /** A webhook that answers 500 and reflects the credentials it was sent, as a careless one would. */
    HttpServer reflectingServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            receivedAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] body = ("denied for " + exchange.getRequestHeaders().getFirst("Authorization") + " tenant "
                    + exchange.getRequestHeaders().getFirst("X-Tenant") + " query "
                    + exchange.getRequestURI().getQuery() + "\napi_key=" + "other-credential-xyz")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void secretHeaderValuesNeverReachTheAuditTrailOrTheStoredOutcome() throws IOException {
        HttpServer server = reflectingServer();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook?signature=" + SIGNATURE);
            workspace.trafficHooks().set(HookSettings.http("production", url, List.of(
                    new HookHeader("Authorization", "Bearer " + TOKEN, false),
                    new HookHeader("X-Tenant", TENANT, true),
                    new HookHeader("X-Team", "fraud-squad", false)), null, Duration.ofSeconds(5)), "admin");
            String id = create().deploymentId();

            assertThatThrownBy(() -> service.lifecycle().startDeployment(id, "alice"))
                    .isInstanceOf(TrafficHookException.class)
                    .hasMessageContaining("HTTP 500")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN, TENANT, SIGNATURE));

            HookCall call = lastCall(id);
            assertThat(call.outcome().httpStatus()).isEqualTo(500);
            assertThat(call.outcome().outputExcerpt()).contains("denied for ***", "tenant ***", "query signature=***", "api_key=***")
                    .doesNotContain(TOKEN, TENANT, SIGNATURE, "other-credential-xyz");
            assertThat(call.outcome().target()).doesNotContain(SIGNATURE);
            assertThat(call.toString()).doesNotContain(TOKEN, TENANT, SIGNATURE);

            List<AuditEvent> all = events();
            assertThat(all).extracting(AuditEvent::type)
                    .contains(EventType.CONFIGURATION_CHANGED, EventType.TRAFFIC_HOOK_FAILED);
            assertThat(all.toString()).doesNotContain(TOKEN, TENANT, SIGNATURE, "other-credential-xyz")
                    .contains("fraud-squad");
            assertThat(service.queries().getDeployment(id).status()).isEqualTo(DeploymentStatus.PENDING);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void environmentReferencesAreResolvedAtCallTimeAndTheResolvedSecretIsMasked() throws IOException {
        HttpServer server = reflectingServer();
        try (Workspace hooked = Bellwether.open(dir.resolve("other"), clock, Map.of("HOOK_TOKEN", TOKEN)::get)) {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
            hooked.trafficHooks().set(HookSettings.http("production", url,
                    List.of(new HookHeader("Authorization", "Bearer ${env:HOOK_TOKEN}", false)), null, null), "admin");

            HookCall call = hooked.trafficHooks().test("production", "admin");

            assertThat(receivedAuthorization).isEqualTo("Bearer " + TOKEN);
            assertThat(call.outcome().httpStatus()).isEqualTo(500);
            assertThat(call.outcome().outputExcerpt()).startsWith("denied for *** tenant").doesNotContain(TOKEN);
            assertThat(hooked.audit().query(AuditQuery.ALL).toString()).doesNotContain(TOKEN)
                    .contains("Bearer ${env:HOOK_TOKEN}");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void settingsAreAuditedWithSecretsMaskedAndEnvironmentReferencesShown() {
        HookHeader token = new HookHeader("Authorization", "Bearer ${env:ARGO_TOKEN}", false);
        HookHeader literal = new HookHeader("X-Api-Key", "literal-key-123", false);
        workspace.trafficHooks().set(HookSettings.http("staging", URI.create("https://hooks.example.com/argo"),
                List.of(token, literal), Duration.ofSeconds(2), Duration.ofSeconds(20)), "admin");

        AuditEvent changed = events(EventType.CONFIGURATION_CHANGED).get(0);
        assertThat(changed.user()).isEqualTo("admin");
        assertThat(changed.resourceId()).isEqualTo("staging");
        assertThat(changed.details().toString()).contains("Bearer ${env:ARGO_TOKEN}", "X-Api-Key=***",
                "https://hooks.example.com/argo", "timeout_ms=20000").doesNotContain("literal-key-123");
        assertThat(changed.details()).containsEntry("previous", null);
        assertThat(literal.toString()).isEqualTo("X-Api-Key: ***");

        HookSettings stored = workspace.trafficHooks().effective("staging");
        assertThat(stored.headers()).containsExactly(token, literal);
        assertThat(stored.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(stored.timeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void anEnvironmentWithoutSettingsUsesTheFallbackOrNone() {
        assertThat(workspace.trafficHooks().effective("production").adapter()).isEqualTo(HookAdapter.NONE);

        workspace.trafficHooks().set(HookSettings.command(HookSettings.ANY_ENVIRONMENT, List.of("/bin/true"), null),
                "admin");
        workspace.trafficHooks().set(HookSettings.none("dev"), "admin");

        HookSettings production = workspace.trafficHooks().effective("production");
        assertThat(production.adapter()).isEqualTo(HookAdapter.COMMAND);
        assertThat(production.environment()).isEqualTo("production");
        assertThat(production.timeout()).isEqualTo(HookSettings.DEFAULT_TIMEOUT);
        assertThat(workspace.trafficHooks().effective("dev").adapter()).isEqualTo(HookAdapter.NONE);
        assertThat(workspace.trafficHooks().all()).extracting(HookSettings::environment).containsExactly("*", "dev");

        reopen();
        assertThat(workspace.trafficHooks().effective("production").command()).containsExactly("/bin/true");
    }

    @Test
    void changingSettingsAuditsThePreviousOnes() {
        workspace.trafficHooks().set(HookSettings.command("production", List.of("/bin/true"), null), "admin");
        workspace.trafficHooks().set(HookSettings.none("production"), "bob");

        AuditEvent second = events(EventType.CONFIGURATION_CHANGED).get(1);
        assertThat(second.user()).isEqualTo("bob");
        assertThat(second.details().get("previous").toString()).contains("adapter=command", "/bin/true");
        assertThat(second.details().get("settings").toString()).contains("adapter=none");
    }

    @Test
    void aTestCallIsStoredAndAuditedForTheEnvironment() throws IOException {
        useHookScript();

        HookCall call = workspace.trafficHooks().test("production", "admin");

        assertThat(call.succeeded()).isTrue();
        assertThat(call.deploymentId()).isNull();
        assertThat(call.action()).isEqualTo(TrafficAction.TEST);
        assertThat(hookLog()).containsExactly("test bellwether-hook-test bellwether-hook-test 0 production canary 0.0"
                + " connectivity test admin ");
        AuditEvent audited = events(EventType.TRAFFIC_HOOK_CALLED).get(0);
        assertThat(audited.resourceType()).isEqualTo("environment");
        assertThat(audited.resourceId()).isEqualTo("production");
    }

    @Test
    void aSecondHookedViewOfTheSameWorkspaceSeesTheSameOutcomes() throws IOException {
        useHookScript();
        String id = create().deploymentId();
        service.lifecycle().startDeployment(id, "alice");

        try (Workspace second = Bellwether.open(dir.resolve("bellwether"), clock)) {
            assertThat(second.queries().hookCalls(id)).containsExactlyElementsOf(service.queries().hookCalls(id));
        }
    }

    @Test
    void badSettingsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> HookSettings.command("production", List.of(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("command ");
        assertThatThrownBy(() -> HookSettings.http("production", URI.create("ftp://example.com/x"), List.of(), null,
                null)).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("url ");
        assertThatThrownBy(() -> HookSettings.command("production", List.of("/bin/true"), Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("timeout ");
        assertThatThrownBy(() -> new HookHeader("Host", "evil", false))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("header name ");
        assertThatThrownBy(() -> new HookHeader("X-Ok", "a\r\nX-Injected: 1", false))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("header X-Ok ");
    }
}
