package io.bellwether.hooks;

import io.bellwether.application.port.in.HookHeader;
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
 * One JSON POST of Bellwether's webhooks (traffic hooks and notifications): the configured headers
 * ({@code ${env:NAME}} references resolved at call time), a connect timeout and a timeout for the whole
 * call, redirects not followed (they would resend the headers elsewhere). It never throws: a refused
 * connection, a timeout or an unresolvable header is an answer with an error.
 */
public final class HttpPost {
    private static final int BODY_BYTES = 16 * 1024;

    private HttpPost() {
    }

    /**
     * @param status null when no HTTP answer came
     * @param body   the start of the response body, null without an answer
     * @param error  why there was no answer, null when one came
     */
    public record Answer(Integer status, String body, String error, Duration duration) {
        public boolean succeeded() {
            return status != null && status / 100 == 2;
        }
    }

    public static Answer send(URI url, List<HookHeader> headers, String json, String userAgent,
                              Duration connectTimeout, Duration timeout, UnaryOperator<String> environmentVariables) {
        long started = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", userAgent)
                    .POST(HttpRequest.BodyPublishers.ofString(json));
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
            return new Answer(response.statusCode(), body, null, since(started));
        } catch (InvalidInputException e) {
            return failed(started, e.getMessage());
        } catch (HttpConnectTimeoutException e) {
            return failed(started, "could not connect within " + connectTimeout.toMillis() + " ms");
        } catch (HttpTimeoutException e) {
            return failed(started, "no answer within " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            return failed(started, "connection refused by " + url.getHost() + ":" + port(url));
        } catch (IOException e) {
            return failed(started, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(started, "interrupted while waiting for " + url.getHost());
        }
    }

    private static int port(URI url) {
        return url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static Answer failed(long started, String error) {
        return new Answer(null, null, error, since(started));
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
