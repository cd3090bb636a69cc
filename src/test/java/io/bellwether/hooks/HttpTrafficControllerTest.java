package io.bellwether.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookHeader;
import io.bellwether.application.port.in.HookOutcome;
import io.bellwether.application.service.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import static org.assertj.core.api.Assertions.assertThat;

/** A real HTTP server on 127.0.0.1, started by the test, called by the webhook adapter. */
class HttpTrafficControllerTest {
    record Received(String method, String path, String contentType, String authorization, String body) {
    }

    HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile String answer = "{\"ok\": true}";
    volatile long delayMillis;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/hooks/traffic", this::handle);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/traffic?sig=abc");
    }

    HookOutcome call(URI url, List<HookHeader> headers, Map<String, String> environment, Duration timeout) {
        return new HttpTrafficController(url, headers, Duration.ofSeconds(2), timeout, environment::get)
                .call(CommandTrafficControllerTest.STAGE);
    }

    @Test
    void twoHundredIsSuccessAndTheEventIsPostedAsJson() throws Exception {
        HookOutcome outcome = call(url(), List.of(new HookHeader("Authorization", "Bearer ${env:HOOK_TOKEN}", false)),
                Map.of("HOOK_TOKEN", "s3cr3t-token"), Duration.ofSeconds(5));

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.adapter()).isEqualTo(HookAdapter.HTTP);
        assertThat(outcome.httpStatus()).isEqualTo(200);
        assertThat(outcome.exitCode()).isNull();
        assertThat(outcome.outputExcerpt()).isEqualTo("{\"ok\": true}");
        assertThat(outcome.target()).isEqualTo("http://127.0.0.1:" + server.getAddress().getPort()
                + "/hooks/traffic");
        assertThat(received).hasSize(1);
        Received request = received.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.authorization()).isEqualTo("Bearer s3cr3t-token");
        JsonNode event = Json.mapper().readTree(request.body());
        assertThat(event.path("event").asText()).isEqualTo("stage_change");
        assertThat(event.path("deployment_id").asText()).isEqualTo("deploy_1");
        assertThat(event.path("model").asText()).isEqualTo("fraud");
        assertThat(event.path("version").asText()).isEqualTo("v2");
        assertThat(event.path("environment").asText()).isEqualTo("production");
        assertThat(event.path("strategy").asText()).isEqualTo("canary");
        assertThat(event.path("traffic").asDouble()).isEqualTo(0.25);
        assertThat(event.path("stage").asInt()).isEqualTo(2);
        assertThat(event.path("operator").asText()).isEqualTo("alice");
        assertThat(event.path("reason").isNull()).isTrue();
        assertThat(event.path("occurred_at").asText()).isEqualTo("2026-03-14T09:26:53Z");
    }

    @Test
    void http500IsAFailureWithTheStatusAndBody() {
        status = 500;
        answer = "argo: rollout fraud-api is degraded";

        HookOutcome outcome = call(url(), List.of(), Map.of(), Duration.ofSeconds(5));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.httpStatus()).isEqualTo(500);
        assertThat(outcome.outputExcerpt()).isEqualTo("argo: rollout fraud-api is degraded");
        assertThat(outcome.summary()).contains("HTTP 500", "rollout fraud-api is degraded");
    }

    @Test
    void connectionRefusedIsAFailureNamingTheAddress() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        HookOutcome outcome = call(URI.create("http://127.0.0.1:" + closedPort + "/hook"), List.of(), Map.of(),
                Duration.ofSeconds(5));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.httpStatus()).isNull();
        assertThat(outcome.error()).isEqualTo("connection refused by 127.0.0.1:" + closedPort);
    }

    @Test
    @Timeout(10)
    void aSlowAnswerTimesOut() {
        delayMillis = 3_000;

        HookOutcome outcome = call(url(), List.of(), Map.of(), Duration.ofMillis(500));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.error()).isEqualTo("no answer within 500 ms");
        assertThat(outcome.duration()).isBetween(Duration.ofMillis(500), Duration.ofMillis(2_900));
    }

    @Test
    void anUnsetEnvironmentVariableFailsTheCallWithoutSendingIt() {
        HookOutcome outcome = call(url(), List.of(new HookHeader("X-Api-Key", "${env:MISSING_KEY}", false)),
                Map.of(), Duration.ofSeconds(5));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.error()).contains("MISSING_KEY", "which is not set");
        assertThat(received).isEmpty();
    }
}
