package io.bellwether.drill;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.io.JsonFiles;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenario files are read with the guide's keys and refused naming the field at fault. */
class DrillScenarioJsonTest {

    static ObjectNode minimal() {
        try {
            return (ObjectNode) JsonFiles.MAPPER.readTree("""
                    {"name": "t", "duration": "PT2H", "window": "PT10M",
                     "baseline": {"latency_p50": 0.03, "latency_p95": 0.05, "latency_p99": 0.07, "error_rate": 0.001},
                     "stages": [{"traffic": 0.1, "hold": "PT1H"}, {"traffic": 1.0, "hold": "PT1H"}],
                     "faults": [{"kind": "latency", "at_stage": 1, "magnitude": 3}],
                     "expect": {"rollback": true, "detected_by": "PT20M"}}
                    """);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMinimalScenarioTakesTheDefaults() {
        DrillScenario scenario = DrillScenarioJson.read(minimal());
        assertThat(scenario.start()).isEqualTo(DrillScenario.DEFAULT_START);
        assertThat(scenario.windowCount()).isEqualTo(12);
        assertThat(scenario.seed()).isEqualTo(1);
        assertThat(scenario.faults().get(0).atStage()).isEqualTo(1);
        assertThat(scenario.expectation().detectedAfter()).isEqualTo(Duration.ZERO);
        assertThat(scenario.rollbackConfig()).isEqualTo(io.bellwether.domain.RollbackConfig.DEFAULTS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/duration|two hours|duration",
            "/stages/0/traffic|1.5|stages[0].traffic",
            "/faults/0/kind|lag|faults[0].kind",
            "/faults/0/magnitude|-1|faults[0].magnitude",
            "/faults/0/at_stage|7|faults[0].at_stage",
            "/baseline/error_rate|2|baseline.error_rate",
            "/expect/detected_by|PT-5M|expect.detected_by",
            "/noise|0.9|noise"})
    void badValuesAreRefusedByField(String pointer, String value, String field) {
        ObjectNode root = minimal();
        int slash = pointer.lastIndexOf('/');
        var parent = root.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        Object parsed = value.matches("-?[0-9.]+") ? (Object) Double.valueOf(value) : value;
        if (parent.isArray()) {
            throw new IllegalArgumentException(pointer);
        }
        if (parsed instanceof Double d) {
            ((ObjectNode) parent).put(key, d);
        } else {
            ((ObjectNode) parent).put(key, (String) parsed);
        }
        assertThatThrownBy(() -> DrillScenarioJson.read(root)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field))
                .hasMessageContaining(value);
    }

    @Test
    void missingSectionsAreNamed() {
        refused(root -> root.remove("stages"), "stages");
        refused(root -> root.remove("expect"), "expect");
        refused(root -> root.remove("baseline"), "baseline");
        refused(root -> ((ObjectNode) root.get("faults").get(0)).put("kind", "disagreement").put("magnitude", 0.5),
                "faults[0].kind");
        refused(root -> ((ObjectNode) root.get("faults").get(0)).put("ramp", true), "faults[0].duration");
    }

    private void refused(Consumer<ObjectNode> change, String field) {
        ObjectNode root = minimal();
        change.accept(root);
        assertThatThrownBy(() -> DrillScenarioJson.read(root)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }
}
