package io.bellwether.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.io.RollbackCaseJson;
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
import static org.assertj.core.api.Assertions.assertThat;

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
        RollbackDecision decision = RollbackCaseJson.read(testCase).evaluate();

        JsonNode expected = testCase.get("expected");
        List<String> expectedReasons = new ArrayList<>();
        expected.get("reasons").forEach(r -> expectedReasons.add(r.asText()));
        assertThat(decision.reasons()).as("reasons of case %d", index).containsExactlyElementsOf(expectedReasons);
        assertThat(decision.rollback()).as("rollback of case %d", index).isEqualTo(expected.get("rollback").asBoolean());
    }
}
