package io.bellwether.hooks;

import io.bellwether.application.port.in.HookAdapter;
import io.bellwether.application.port.in.HookHeader;
import io.bellwether.application.port.in.HookOutcome;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.out.TrafficEvent;
import io.bellwether.application.service.Json;
import io.bellwether.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * POSTs the event's fields as a JSON object to the configured URL with the configured headers
 * ({@code ${env:NAME}} references resolved at call time). A 2xx answer is success; the start of the
 * response body is kept. Redirects are not followed (they would resend the headers elsewhere).
 */
public final class HttpTrafficController implements TrafficController {
    private static final int BODY_BYTES = 16 * 1024;

    private final URI url;
    private final List<HookHeader> headers;
    private final Duration connectTimeout;
    private final Duration timeout;
    private final UnaryOperator<String> environmentVariables;

    public HttpTrafficController(URI url, List<HookHeader> headers, Duration connectTimeout, Duration timeout,
                                 UnaryOperator<String> environmentVariables) {
        this.url = url;
        this.headers = List.copyOf(headers);
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.environmentVariables = environmentVariables;
    }

    @Override
    public HookOutcome call(TrafficEvent event) {
        String target = HookSettings.withoutCredentials(url);
        long started = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "bellwether-traffic-hook")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write("traffic event", event.fields())));
            for (HookHeader header : headers) {
                request.header(header.name(), header.resolvedValue(environmentVariables));
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<InputStream> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(BODY_BYTES), StandardCharsets.UTF_8);
            }
            int status = response.statusCode();
            return status / 100 == 2
                    ? HookOutcome.success(HookAdapter.HTTP, target, null, status, since(started), body)
                    : HookOutcome.failure(HookAdapter.HTTP, target, null, status, since(started), body, null);
        } catch (InvalidInputException e) {
            return failure(target, started, e.getMessage());
        } catch (HttpConnectTimeoutException e) {
            return failure(target, started, "could not connect within " + connectTimeout.toMillis() + " ms");
        } catch (HttpTimeoutException e) {
            return failure(target, started, "no answer within " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            return failure(target, started, "connection refused by " + url.getHost() + ":" + port());
        } catch (IOException e) {
            return failure(target, started, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(target, started, "interrupted while waiting for " + target);
        }
    }

    private int port() {
        return url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static HookOutcome failure(String target, long started, String error) {
        return HookOutcome.failure(HookAdapter.HTTP, target, null, null, since(started), null, error);
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
