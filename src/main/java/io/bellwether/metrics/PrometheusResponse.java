package io.bellwether.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bellwether.application.port.out.MetricsSource.Point;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the Prometheus HTTP API's JSON: {@code {"status":"success","data":{"resultType":…,"result":…}}} or
 * {@code {"status":"error","errorType":…,"error":…}}. Sample values are strings ("1.5", "NaN", "+Inf").
 * An instant query must give exactly one series (or a scalar); anything else is a {@link PrometheusHttp.Failure}
 * that says what came back, naming the labels that differ when there are several series.
 */
final class PrometheusResponse {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private PrometheusResponse() {
    }

    static boolean isApiError(String body) {
        try {
            return "error".equals(JSON.readTree(body).path("status").asText());
        } catch (java.io.IOException notJson) {
            return false;
        }
    }

    /** The one value of an instant query. */
    static double instantValue(String body) {
        JsonNode data = data(body);
        String type = data.path("resultType").asText();
        JsonNode result = data.path("result");
        return switch (type) {
            case "scalar" -> number(result.path(1));
            case "vector" -> {
                if (result.isEmpty()) {
                    yield failWith("returned no series (empty result)");
                }
                if (result.size() > 1) {
                    yield failWith("returned " + result.size() + " series where one is expected; " + differing(result));
                }
                yield number(result.path(0).path("value").path(1));
            }
            default -> failWith("returned a " + (type.isEmpty() ? "response without a result type" : type)
                    + ", not an instant vector or scalar");
        };
    }

    /** The points of a range query's one series, oldest first. */
    static List<Point> rangePoints(String body) {
        JsonNode data = data(body);
        JsonNode result = data.path("result");
        if (!"matrix".equals(data.path("resultType").asText())) {
            throw new PrometheusHttp.Failure("returned a " + data.path("resultType").asText() + ", not a matrix");
        }
        if (result.size() > 1) {
            throw new PrometheusHttp.Failure("returned " + result.size() + " series where one is expected; "
                    + differing(result));
        }
        List<Point> points = new ArrayList<>();
        for (JsonNode pair : result.path(0).path("values")) {
            BigDecimal seconds = new BigDecimal(pair.path(0).asText("0"));
            points.add(new Point(Instant.ofEpochMilli(seconds.movePointRight(3).longValue()), number(pair.path(1))));
        }
        return points;
    }

    private static JsonNode data(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new PrometheusHttp.Failure("returned something that is not JSON: " + PrometheusHttp.excerpt(body));
        }
        if (root == null || !root.isObject()) {
            throw new PrometheusHttp.Failure("returned something that is not JSON: " + PrometheusHttp.excerpt(body));
        }
        if (!"success".equals(root.path("status").asText())) {
            throw new PrometheusHttp.Failure("failed in Prometheus: " + root.path("errorType").asText("error") + ": "
                    + PrometheusHttp.excerpt(root.path("error").asText(body)));
        }
        return root.path("data");
    }

    private static double number(JsonNode value) {
        String text = value.isTextual() ? value.asText() : value.toString();
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                if (!value.isTextual() || !NUMBER.matcher(text).matches()) {
                    yield failWith("returned a non-numeric value " + PrometheusHttp.excerpt(text));
                }
                yield Double.parseDouble(text);
            }
        };
    }

    /** "labels that differ: instance (a:1, b:2); pod (x, y)". */
    private static String differing(JsonNode series) {
        TreeSet<String> names = new TreeSet<>();
        series.forEach(s -> s.path("metric").fieldNames().forEachRemaining(names::add));
        Map<String, TreeSet<String>> values = new TreeMap<>();
        for (String name : names) {
            TreeSet<String> seen = new TreeSet<>();
            series.forEach(s -> seen.add(s.path("metric").path(name).asText("(absent)")));
            if (seen.size() > 1) {
                values.put(name, seen);
            }
        }
        if (values.isEmpty()) {
            return "the series have the same labels";
        }
        StringBuilder text = new StringBuilder("labels that differ: ");
        values.forEach((name, seen) -> text.append(name).append(" (").append(String.join(", ", seen)).append("); "));
        return text.substring(0, text.length() - 2);
    }

    private static double failWith(String message) {
        throw new PrometheusHttp.Failure(message);
    }
}
