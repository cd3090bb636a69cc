package io.bellwether.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RollbackPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The 600 cases the reference Python engine computed; reasons must match character for character. */
class RollbackConformanceTest {

    static JsonNode cases() throws IOException {
        try (InputStream in = RollbackConformanceTest.class.getResourceAsStream("/conformance/rollback_cases.json")) {
            assertThat(in).as("conformance/rollback_cases.json on the test classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    static Stream<Arguments> everyCase() throws IOException {
        JsonNode all = cases();
        return IntStream.range(0, all.size()).mapToObj(i -> Arguments.of(i, all.get(i)));
    }

    @Test
    void allSixHundredCasesAreThere() throws IOException {
        assertThat(cases().size()).isEqualTo(600);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("everyCase")
    void matchesTheReferenceEngine(int index, JsonNode testCase) {
        RollbackDecision decision = RollbackPolicy.evaluate(
                metrics(testCase.get("baseline")), metrics(testCase.get("current")),
                config(testCase.get("config")), testCase.get("request_count").asLong());

        JsonNode expected = testCase.get("expected");
        List<String> expectedReasons = new ArrayList<>();
        expected.get("reasons").forEach(r -> expectedReasons.add(r.asText()));
        assertThat(decision.reasons()).as("reasons of case %d", index).containsExactlyElementsOf(expectedReasons);
        assertThat(decision.rollback()).as("rollback of case %d", index).isEqualTo(expected.get("rollback").asBoolean());
    }

    private static PerformanceMetrics metrics(JsonNode node) {
        return new PerformanceMetrics(node.get("latency_p50").asDouble(), node.get("latency_p95").asDouble(),
                node.get("latency_p99").asDouble(), node.get("error_rate").asDouble(),
                node.get("requests_per_second").asDouble());
    }

    private static RollbackConfig config(JsonNode node) {
        if (node == null) {
            return null;
        }
        return new RollbackConfig(node.get("enabled").asBoolean(), node.get("error_rate_threshold").asDouble(),
                node.get("latency_threshold_multiplier").asDouble(), node.get("min_requests_before_check").asLong(),
                node.get("check_interval_seconds").asLong());
    }
}
