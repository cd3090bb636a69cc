package io.bellwether.metrics;

import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * GET requests to one binding's Prometheus API: HTTP/1.1, no redirects followed, the binding's timeout on
 * every request, the response read up to {@link #MAX_BODY} bytes, credentials resolved per request and
 * sent only to the configured scheme, host and port. Failures come back as {@link Failure}s whose messages
 * have the credentials masked.
 */
final class PrometheusHttp {
    static final int MAX_BODY = 4 << 20;

    private final HttpClient client;
    private final UnaryOperator<String> environment;

    PrometheusHttp(HttpClient client, UnaryOperator<String> environment) {
        this.client = client;
        this.environment = environment;
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(MetricsBinding.DEFAULT_TIMEOUT).build();
    }

    /** The response body of {@code GET base/api/v1/<endpoint>?parameters}, asynchronously. */
    CompletableFuture<String> get(MetricsBinding binding, String endpoint, Map<String, String> parameters) {
        Redaction masked = Redaction.of(binding.credentials().secretValues(environment));
        URI uri = uri(binding.baseUrl(), endpoint, parameters);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(binding.timeout()).GET()
                .header("Accept", "application/json");
        Optional<String> authorization;
        try {
            authorization = binding.credentials().authorization(environment);
        } catch (InvalidInputException unresolved) {
            return CompletableFuture.failedFuture(new Failure("was not sent: " + unresolved.getMessage()));
        }
        if (authorization.isPresent() && sameOrigin(binding.baseUrl(), uri)) {
            request.header("Authorization", authorization.get());
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> body(response, masked))
                .exceptionally(thrown -> {
                    throw new CompletionException(failure(thrown, binding, masked));
                });
    }

    private static String body(HttpResponse<InputStream> response, Redaction masked) {
        String body;
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new Failure("returned more than " + (MAX_BODY >> 20) + " MiB (HTTP " + response.statusCode() + ")");
            }
            body = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Failure("failed while reading the response: " + masked.apply(String.valueOf(e.getMessage())));
        }
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            throw new Failure("was answered with HTTP " + status + " redirect to "
                    + response.headers().firstValue("Location").map(masked::apply).orElse("(no location)")
                    + ", which is not followed");
        }
        if (status != 200 && !PrometheusResponse.isApiError(body)) {
            throw new Failure("was answered with HTTP " + status + ": " + excerpt(masked.apply(body)));
        }
        return body;
    }

    private static Failure failure(Throwable thrown, MetricsBinding binding, Redaction masked) {
        Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (cause instanceof Failure failure) {
            return failure;
        }
        if (cause instanceof HttpTimeoutException) {
            return new Failure("timed out after " + binding.timeout().toMillis() + " ms");
        }
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new Failure("could not reach " + binding.baseUrl() + ": " + masked.apply(what));
    }

    static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.isEmpty() ? "(empty body)" : oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }

    private static URI uri(URI base, String endpoint, Map<String, String> parameters) {
        String root = base.toString().replaceAll("/+$", "");
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return URI.create(root + "/api/v1/" + endpoint + "?" + query);
    }

    private static boolean sameOrigin(URI configured, URI target) {
        return configured.getScheme().equalsIgnoreCase(target.getScheme())
                && configured.getHost().equalsIgnoreCase(target.getHost()) && configured.getPort() == target.getPort();
    }

    /** A request that gave no usable response; the message says what came back instead. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
