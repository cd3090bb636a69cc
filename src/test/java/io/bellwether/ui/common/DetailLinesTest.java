package io.bellwether.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 item 11: audit details read as "key: value" lines, not Java's {k=v}, with numbers a person reads. */
class DetailLinesTest {
    @Test
    void detailsReadAsKeyValueLinesWithoutJavaMapSyntax() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("stage", 2);
        details.put("traffic", 0.1);
        details.put("previous", Map.of("stage", 1));
        details.put("rules", List.of("latency_p95", "error_rate"));

        assertThat(DetailLines.of(details)).containsExactly("stage: 2", "traffic: 10%", "previous: stage: 1", "rules:",
                "    latency_p95", "    error_rate");
        assertThat(DetailLines.oneLine(details)).isEqualTo("stage: 2 · traffic: 10% · previous: stage: 1 · rules: · latency_p95 · error_rate")
                .doesNotContain("{", "=");
    }

    @Test
    void numbersReadRoundedInTheConsolesUnitsAndAMissingBaselineReadsNone() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("previous_traffic", 0.19999999999999987);
        details.put("ratio", 1.6199999999999999);
        details.put("baseline", Map.of("latency_p95", 0.0525, "error_rate", 0.0012, "requests_per_second", 120.0));
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("rule", "latency_p95");
        rule.put("measured", 1.6199999999999999);
        rule.put("baseline", Double.NaN);
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("rule", "error_rate_increase");
        errors.put("threshold", 0.5);
        errors.put("baseline", null);
        details.put("rules", List.of(rule, errors));

        List<String> lines = DetailLines.of(details);

        assertThat(lines).contains("previous_traffic: 20%", "ratio: 1.62",
                "    rule: latency_p95, measured: 1.62×, baseline: none",
                "    rule: error_rate_increase, threshold: 50%, baseline: none");
        assertThat(lines.get(2)).contains("latency_p95: 52.5 ms", "error_rate: 0.12%", "requests_per_second: 120");
        assertThat(String.join("\n", lines)).doesNotContain("NaN", "0.1999", "1.6199");
    }
}
