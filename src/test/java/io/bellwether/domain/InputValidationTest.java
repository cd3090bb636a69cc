package io.bellwether.domain;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bad inputs ARCHITECTURE.md lists; each is refused naming the field and the value. */
class InputValidationTest {

    static PerformanceMetrics metrics(double p50, double p95, double p99, double errorRate, double rps) {
        return new PerformanceMetrics(p50, p95, p99, errorRate, rps);
    }

    static void refused(Runnable construction, String field, String value) {
        assertThatThrownBy(construction::run)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(field + " ")
                .hasMessageContaining("(got " + value + ")")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteMetricsAreRefused(double bad) {
        String shown = String.valueOf(bad);
        refused(() -> metrics(bad, 0.2, 0.3, 0, 1), "latency_p50", shown);
        refused(() -> metrics(0.1, bad, 0.3, 0, 1), "latency_p95", shown);
        refused(() -> metrics(0.1, 0.2, bad, 0, 1), "latency_p99", shown);
        refused(() -> metrics(0.1, 0.2, 0.3, bad, 1), "error_rate", shown);
        refused(() -> metrics(0.1, 0.2, 0.3, 0, bad), "requests_per_second", shown);
        refused(() -> new PerformanceMetrics(0, 0, 0, 0, 0, Map.of("conversion", bad)), "custom_metrics.conversion", shown);
        refused(() -> new RollbackConfig(true, bad, 2.0, 1, 1), "error_rate_threshold", shown);
        refused(() -> new RollbackConfig(true, 0.05, bad, 1, 1), "latency_threshold_multiplier", shown);
        refused(() -> new CustomMetricRule("conversion", CustomMetricRule.Direction.BELOW, bad),
                "custom rule bound for conversion", shown);
    }

    @Test
    void negativeLatenciesAreRefused() {
        refused(() -> metrics(-0.1, 0.2, 0.3, 0, 1), "latency_p50", "-0.1");
        refused(() -> metrics(0.1, -0.2, 0.3, 0, 1), "latency_p95", "-0.2");
        refused(() -> metrics(0.1, 0.2, -0.3, 0, 1), "latency_p99", "-0.3");
        refused(() -> metrics(0.1, 0.2, 0.3, 0, -5), "requests_per_second", "-5.0");
    }

    @Test
    void errorRatesOutsideZeroToOneAreRefused() {
        refused(() -> metrics(0, 0, 0, -0.01, 1), "error_rate", "-0.01");
        refused(() -> metrics(0, 0, 0, 1.01, 1), "error_rate", "1.01");
        refused(() -> new RollbackConfig(true, 1.5, 2.0, 1, 1), "error_rate_threshold", "1.5");
        refused(() -> new RollbackConfig(true, -0.1, 2.0, 1, 1), "error_rate_threshold", "-0.1");
        assertThatCode(() -> metrics(0, 0, 0, 1.0, 1)).doesNotThrowAnyException();
        assertThatCode(() -> metrics(0, 0, 0, 0.0, 1)).doesNotThrowAnyException();
    }

    @Test
    void percentilesOutOfOrderAreRefused() {
        refused(() -> metrics(0.3, 0.2, 0.4, 0, 1), "latency_p50", "0.3");
        refused(() -> metrics(0.1, 0.5, 0.4, 0, 1), "latency_p95", "0.5");
        assertThatThrownBy(() -> metrics(0.3, 0.2, 0.4, 0, 1)).hasMessageContaining("latency_p95 0.2");
        assertThatCode(() -> metrics(0.2, 0.2, 0.2, 0, 1)).doesNotThrowAnyException();
    }

    @Test
    void zeroMeansNotMeasuredForTheOrdering() {
        // The guide's examples give only p95; an unmeasured (0) percentile is not compared.
        assertThatCode(() -> metrics(0, 0.2, 0, 0, 1)).doesNotThrowAnyException();
        assertThatCode(() -> metrics(0.3, 0, 0.2, 0, 1)).doesNotThrowAnyException();
        assertThatCode(() -> metrics(0, 0.5, 0.4, 0, 1)).isInstanceOf(InvalidInputException.class);
        assertThatCode(() -> metrics(0.3, 0.2, 0, 0, 1)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0})
    void nonPositiveMultiplierIsRefused(double multiplier) {
        refused(() -> new RollbackConfig(true, 0.05, multiplier, 1, 1), "latency_threshold_multiplier",
                String.valueOf(multiplier));
    }

    @Test
    void negativeCountsAreRefused() {
        refused(() -> new RollbackConfig(true, 0.05, 2.0, -1, 60), "min_requests_before_check", "-1");
        refused(() -> new RollbackConfig(true, 0.05, 2.0, 100, -60), "check_interval_seconds", "-60");
    }

    @Test
    void customMetricWithoutAValueIsRefused() {
        Map<String, Double> custom = new HashMap<>();
        custom.put("revenue", null);
        refused(() -> new PerformanceMetrics(0, 0, 0, 0, 0, custom), "custom_metrics.revenue", "null");
    }

    @Test
    void aRefusalCanBeQualifiedByItsParent() {
        InvalidInputException inner = new InvalidInputException("latency_p50", -1.0, "must not be negative");
        InvalidInputException qualified = inner.within("current");
        assertThat(qualified.field()).isEqualTo("current.latency_p50");
        assertThat(qualified).hasMessage("current.latency_p50 must not be negative (got -1.0)").hasCause(inner);
    }
}
