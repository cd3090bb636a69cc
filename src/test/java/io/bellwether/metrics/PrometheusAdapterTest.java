package io.bellwether.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.bellwether.application.port.in.MetricsBinding;
import io.bellwether.application.port.in.MetricsCredentials;
import io.bellwether.application.port.out.MetricReading;
import io.bellwether.application.port.out.MetricsSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adapter's error paths against a local HTTP server that answers as told (not a Prometheus). */
class PrometheusAdapterTest {
    static final Instant AT = Instant.parse("2026-03-14T09:30:00.250Z");
    static final String QUERY = "sum(rate(x[5m]))";

    HttpServer server;
    volatile int status = 200;
    volatile String body = vector("{\"job\":\"a\"}", "\"0.25\"");
    volatile long delayMillis;
    final List<HttpExchange> requests = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final PrometheusMetricsSource source = new PrometheusMetricsSource(
            Map.of("PROM_TOKEN", "t0ps3cret")::get);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            sleep(delayMillis);
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1:1/elsewhere");
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static String vector(String labels, String value) {
        return "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":" + labels
                + ",\"value\":[1773480600.25," + value + "]}]}}";
    }

    MetricsBinding binding(MetricsCredentials credentials, Duration timeout) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/prom/");
        return new MetricsBinding("d1", base, credentials, Map.of("error_rate", QUERY), null, null, timeout);
    }

    MetricReading read() {
        return source.sample(binding(null, Duration.ofSeconds(2)), Map.of("error_rate", QUERY), AT).get("error_rate");
    }

    @Test
    void an_instant_query_is_sent_with_its_time_under_the_base_path_and_its_value_read() {
        MetricReading reading = read();
        assertThat(reading.usable()).isTrue();
        assertThat(reading.value()).isEqualTo(0.25);
        URI sent = requests.get(0).getRequestURI();
        assertThat(sent.getPath()).isEqualTo("/prom/api/v1/query");
        assertThat(sent.getQuery()).contains("query=" + QUERY).contains("time=1773480600.250");
    }

    @Test
    void nan_infinity_and_non_numeric_values_are_never_usable() {
        body = vector("{}", "\"NaN\"");
        assertThat(read().usable()).isFalse();
        assertThat(read().problem()).isEqualTo("error_rate: query `" + QUERY + "` returned NaN");
        body = vector("{}", "\"+Inf\"");
        assertThat(read().value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(read().usable()).isFalse();
        body = vector("{}", "\"lots\"");
        assertThat(read().failure()).isEqualTo("returned a non-numeric value lots");
        body = vector("{}", "\"0x1p3\"");
        assertThat(read().failure()).contains("non-numeric");
    }

    @Test
    void an_empty_result_and_several_series_are_failures_that_say_which_labels_differ() {
        body = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}";
        assertThat(read().failure()).isEqualTo("returned no series (empty result)");
        body = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + "{\"metric\":{\"job\":\"m\",\"instance\":\"a:1\"},\"value\":[1,\"1\"]},"
                + "{\"metric\":{\"job\":\"m\",\"instance\":\"b:2\",\"pod\":\"p\"},\"value\":[1,\"2\"]}]}}";
        assertThat(read().failure()).isEqualTo("returned 2 series where one is expected; labels that differ:"
                + " instance (a:1, b:2); pod ((absent), p)");
    }

    @Test
    void server_errors_prometheus_errors_and_matrices_are_failures_with_what_came_back() {
        status = 500;
        body = "backend exploded";
        assertThat(read().failure()).isEqualTo("was answered with HTTP 500: backend exploded");
        status = 400;
        body = "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at char 5\"}";
        assertThat(read().failure()).isEqualTo("failed in Prometheus: bad_data: parse error at char 5");
        status = 200;
        body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}";
        assertThat(read().failure()).contains("matrix, not an instant vector");
        body = "<html>proxy login</html>";
        assertThat(read().failure()).contains("not JSON").contains("proxy login");
        body = "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1,\"3.5\"]}}";
        assertThat(read().value()).isEqualTo(3.5);
    }

    @Test
    void a_redirect_is_not_followed() {
        status = 302;
        body = "";
        assertThat(read().failure()).isEqualTo("was answered with HTTP 302 redirect to http://127.0.0.1:1/elsewhere,"
                + " which is not followed");
        assertThat(requests).hasSize(1);
    }

    @Test
    void a_slow_server_times_out_within_the_bound() {
        delayMillis = 3000;
        long started = System.nanoTime();
        MetricReading reading = source.sample(binding(null, Duration.ofMillis(300)), Map.of("error_rate", QUERY), AT)
                .get("error_rate");
        assertThat(reading.failure()).isEqualTo("timed out after 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2000));
    }

    @Test
    void an_unreachable_server_is_a_failure_naming_it() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }
        MetricsBinding nowhere = new MetricsBinding("d1", URI.create("http://127.0.0.1:" + closed), null,
                Map.of("error_rate", QUERY), null, null, Duration.ofSeconds(2));
        assertThat(source.sample(nowhere, Map.of("error_rate", QUERY), AT).get("error_rate").failure())
                .startsWith("could not reach http://127.0.0.1:" + closed);
    }

    @Test
    void the_bearer_token_is_resolved_per_request_sent_to_the_host_and_masked_in_failures() {
        status = 500;
        body = "denied for Bearer t0ps3cret";
        MetricsBinding bound = binding(MetricsCredentials.bearer("${env:PROM_TOKEN}"), Duration.ofSeconds(2));
        MetricReading reading = source.sample(bound, Map.of("error_rate", QUERY), AT).get("error_rate");
        assertThat(authorizations).containsExactly("Bearer t0ps3cret");
        assertThat(reading.failure()).doesNotContain("t0ps3cret").contains("***");
        MetricsBinding unset = binding(MetricsCredentials.bearer("${env:UNSET_TOKEN}"), Duration.ofSeconds(2));
        assertThat(source.sample(unset, Map.of("error_rate", QUERY), AT).get("error_rate").failure())
                .contains("was not sent").contains("UNSET_TOKEN");
        assertThat(requests).hasSize(1);
    }

    @Test
    void a_range_query_gives_the_points_of_one_series_or_fails_naming_the_query() {
        body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},"
                + "\"values\":[[1773480600,\"1\"],[1773480615.5,\"NaN\"]]}]}}";
        MetricsBinding b = binding(null, Duration.ofSeconds(2));
        List<MetricsSource.Point> points = source.history(b, QUERY, AT, AT.plusSeconds(60), Duration.ofSeconds(15));
        assertThat(points).hasSize(2);
        assertThat(points.get(1).at()).isEqualTo(Instant.ofEpochMilli(1773480615500L));
        assertThat(requests.get(0).getRequestURI().getQuery()).contains("step=15.000");
        status = 503;
        body = "down";
        assertThatThrownBy(() -> source.history(b, QUERY, AT, AT.plusSeconds(60), Duration.ofSeconds(15)))
                .hasMessage("query `" + QUERY + "` was answered with HTTP 503: down");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
