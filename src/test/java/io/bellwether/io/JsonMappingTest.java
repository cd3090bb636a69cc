package io.bellwether.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.domain.CustomMetricRule;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.LatencySummary;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RollbackPolicy;
import io.bellwether.domain.ShadowReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonMappingTest {

    static JsonNode json(String text) {
        try {
            return JsonFiles.read(new ByteArrayInputStream(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static final String CASE = "{'baseline': {'latency_p95': 0.1, 'error_rate': 0.01},"
            + " 'current': {'latency_p95': 0.3, 'error_rate': 0.01}, 'request_count': 150, 'expected': 'ignored'}";

    @Test
    void metricsUseTheGuidesKeysAndDefaultMissingOnesToZero() {
        PerformanceMetrics metrics = PerformanceMetricsJson.read(json(
                "{'latency_p50': 0.05, 'latency_p95': 0.1, 'error_rate': 0.02, 'requests_per_second': 12,"
                + " 'custom_metrics': {'conversion_rate': 0.04}, 'unknown_key': [1]}"));
        assertThat(metrics).isEqualTo(new PerformanceMetrics(0.05, 0.1, 0, 0.02, 12, Map.of("conversion_rate", 0.04)));
    }

    @Test
    void metricsAndConfigRoundTrip() {
        PerformanceMetrics metrics = new PerformanceMetrics(0.05, 0.1, 0.2, 0.02, 12, Map.of("revenue", 3.5));
        assertThat(PerformanceMetricsJson.read(json(JsonFiles.write(PerformanceMetricsJson.write(metrics))))).isEqualTo(metrics);
        RollbackConfig config = RollbackConfig.BALANCED.withCustomRules(List.of(
                new CustomMetricRule("revenue", CustomMetricRule.Direction.BELOW, 3),
                new CustomMetricRule("cost", CustomMetricRule.Direction.ABOVE, 0.5)));
        ObjectNode written = RollbackConfigJson.write(config);
        assertThat(written.get("custom_rules").get(0).get("direction").asText()).isEqualTo("below");
        assertThat(RollbackConfigJson.read(json(JsonFiles.write(written)))).isEqualTo(config);
    }

    @Test
    void configKeysDefaultToTheGuide() {
        assertThat(RollbackConfigJson.read(json("{}"))).isEqualTo(RollbackConfig.DEFAULTS);
        assertThat(RollbackConfigJson.read(json("{'enabled': false, 'min_requests_before_check': 500.0}")))
                .isEqualTo(new RollbackConfig(false, 0.05, 2.0, 500, 60));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{'latency_p95': '0.1'} | latency_p95 must be a number (got \"0.1\")",
            "{'latency_p95': null} | latency_p95 must be a number (got null)",
            "{'error_rate': 1.5} | error_rate must be between 0 and 1 (got 1.5)",
            "{'latency_p50': NaN} | latency_p50 must be a finite number (got NaN)",
            "{'latency_p50': 0.3, 'latency_p95': 0.2} | latency_p50 must not exceed latency_p95 0.2 (got 0.3)",
            "{'custom_metrics': {'revenue': 'high'}} | custom_metrics.revenue must be a number (got \"high\")",
            "{'custom_metrics': [1]} | custom_metrics must be a JSON object (got [1])",
            "[1, 2] | metrics must be a JSON object (got [1,2])",
    })
    void badMetricsAreRefusedNamingTheField(String text, String message) {
        assertThatThrownBy(() -> PerformanceMetricsJson.read(json(text)))
                .isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{'enabled': 'yes'} | enabled must be true or false (got \"yes\")",
            "{'min_requests_before_check': 1.5} | min_requests_before_check must be a whole number (got 1.5)",
            "{'check_interval_seconds': -1} | check_interval_seconds must not be negative (got -1)",
            "{'latency_threshold_multiplier': 0} | latency_threshold_multiplier must be greater than 0 (got 0.0)",
            "{'custom_rules': {}} | custom_rules must be a JSON array (got {})",
            "{'custom_rules': [{'metric': 'x', 'direction': 'sideways', 'bound': 1}]} | custom_rules[0].direction must be above or below (got \"sideways\")",
            "{'custom_rules': [{'metric': 'x', 'direction': 'above'}]} | custom_rules[0].bound is required (got nothing)",
            "{'custom_rules': [{'direction': 'above', 'bound': 1}]} | custom_rules[0].metric must be a string (got nothing)",
    })
    void badConfigIsRefusedNamingTheField(String text, String message) {
        assertThatThrownBy(() -> RollbackConfigJson.read(json(text)))
                .isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    @Test
    void aCaseReadsItsPartsAndIgnoresOtherKeys() {
        RollbackCase rollbackCase = RollbackCaseJson.read(json(CASE));
        assertThat(rollbackCase.baseline()).isEqualTo(new PerformanceMetrics(0, 0.1, 0, 0.01, 0));
        assertThat(rollbackCase.config()).isNull();
        assertThat(rollbackCase.requestCount()).isEqualTo(150);
        assertThat(rollbackCase.evaluate()).isEqualTo(RollbackPolicy.evaluate(
                rollbackCase.baseline(), rollbackCase.current(), RollbackConfig.DEFAULTS, 150));
        assertThat(RollbackCaseJson.read(json(CASE.replace("'request_count'", "'config': null, 'request_count'"))).config())
                .isNull();
    }

    static Stream<Arguments> badCases() {
        String metrics = "'baseline': {'latency_p95': 0.1}, 'current': {'latency_p95': 0.3}";
        return Stream.of(
                Arguments.of("{'baseline': {'latency_p95': 0.1}, 'current': {'latency_p95': NaN}, 'request_count': 150}",
                        "current.latency_p95 must be a finite number (got NaN)"),
                Arguments.of("{" + metrics + ", 'request_count': -5}", "request_count must not be negative (got -5)"),
                Arguments.of("{" + metrics + ", 'request_count': '150'}", "request_count must be a whole number (got \"150\")"),
                Arguments.of("{" + metrics + "}", "request_count is required (got nothing)"),
                Arguments.of("{'baseline': {}, 'current': [0.3], 'request_count': 1}", "current must be a JSON object (got [0.3])"),
                Arguments.of("{'current': {}, 'request_count': 1}", "baseline must be a JSON object (got nothing)"),
                Arguments.of("{" + metrics + ", 'config': {'error_rate_threshold': 2}, 'request_count': 1}",
                        "config.error_rate_threshold must be between 0 and 1 (got 2.0)"),
                Arguments.of("{" + metrics + ", 'config': 5, 'request_count': 1}", "config must be a JSON object (got 5)"),
                Arguments.of("[]", "case must be a JSON object (got [])"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badCases")
    void aBadCaseNamesThePathOfTheField(String text, String message) {
        JsonNode node = json(text);
        assertThatThrownBy(() -> RollbackCaseJson.read(node))
                .isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    @Test
    void decisionJsonHasTheThreeKeysAndNullForNaN() {
        PerformanceMetrics baseline = new PerformanceMetrics(0, 0.1, 0, 0, 10);
        PerformanceMetrics current = new PerformanceMetrics(0, 0.3, 0, 0.06, 10);
        RollbackDecision decision = RollbackPolicy.evaluate(baseline, current, RollbackConfig.DEFAULTS.withCustomRules(
                List.of(new CustomMetricRule("revenue", CustomMetricRule.Direction.BELOW, 1))), 1000);
        JsonNode node = json(JsonFiles.write(RollbackDecisionJson.write(decision)));
        assertThat(node.fieldNames()).toIterable().containsExactly("rollback", "reasons", "rules");
        assertThat(node.get("rollback").booleanValue()).isTrue();
        assertThat(node.get("reasons").get(0).asText()).isEqualTo("Error rate 6.00% exceeds threshold 5.00%");
        JsonNode threshold = node.get("rules").get(0);
        assertThat(threshold.fieldNames()).toIterable()
                .containsExactly("rule", "measured", "threshold", "baseline", "triggered", "reason");
        assertThat(threshold.get("rule").asText()).isEqualTo("error_rate_threshold");
        assertThat(threshold.get("measured").doubleValue()).isEqualTo(0.06);
        assertThat(threshold.get("baseline").isNull()).isTrue();
        JsonNode p95 = node.get("rules").get(1);
        assertThat(p95.get("baseline").doubleValue()).isEqualTo(0.1);
        JsonNode missing = node.get("rules").get(2);
        assertThat(missing.get("rule").asText()).isEqualTo("custom:revenue");
        assertThat(missing.get("measured").isNull()).isTrue();
        assertThat(missing.get("triggered").booleanValue()).isTrue();

        JsonNode skipped = json(JsonFiles.write(RollbackDecisionJson.write(
                RollbackPolicy.evaluate(baseline, current, null, 5))));
        assertThat(skipped.get("rules").size()).isZero();
        assertThat(skipped.get("reasons").size()).isZero();
        assertThat(skipped.get("triggered")).isNull();
        assertThat(json(JsonFiles.write(RollbackDecisionJson.write(decision))).get("rules").get(1).get("reason").asText())
                .isEqualTo("P95 latency 0.300s is 3.00x baseline 0.100s");
    }

    @Test
    void reportJsonUsesTheGuidesKeys() {
        ShadowReport report = new ShadowReport(4, 0.75, new LatencySummary(0.1, 0.2, 0.3, 0.4),
                new LatencySummary(0.5, 0.6, 0.7, 0.8), 0.4);
        JsonNode node = json(JsonFiles.write(ShadowReportJson.write(report)));
        assertThat(node.fieldNames()).toIterable().containsExactly(
                "total_requests", "agreement_rate", "primary_latency", "shadow_latency", "average_latency_diff");
        assertThat(node.get("primary_latency").fieldNames()).toIterable().containsExactly("mean", "p50", "p95", "p99");
        assertThat(node.get("shadow_latency").get("p95").doubleValue()).isEqualTo(0.7);
        assertThat(node.get("total_requests").longValue()).isEqualTo(4);

        JsonNode empty = json(JsonFiles.write(ShadowReportJson.write(ShadowReport.EMPTY)));
        assertThat(empty.fieldNames()).toIterable().containsExactly("total_requests", "agreement_rate", "average_latency_diff");
        assertThat(empty.get("agreement_rate").doubleValue()).isEqualTo(0.0);
        assertThat(empty.get("average_latency_diff").isDouble()).isTrue();
        assertThat(empty.get("average_latency_diff").doubleValue()).isEqualTo(0.0);
    }

    @Test
    void syntaxErrorsNameTheLine() {
        assertThatThrownBy(() -> JsonFiles.read(new ByteArrayInputStream("{\n\"a\": 1,\n\"b\": }".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidJsonException.class).hasMessageStartingWith("not valid JSON at line 3, column");
        assertThatThrownBy(() -> JsonFiles.read(new ByteArrayInputStream("{} {}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidJsonException.class);
        assertThatThrownBy(() -> JsonFiles.read(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(InvalidJsonException.class).hasMessageContaining("empty");
    }
}
