package io.bellwether.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 item 11: audit details read as "key: value" lines, not Java's {k=v}. */
class DetailLinesTest {
    @Test
    void detailsReadAsKeyValueLinesWithoutJavaMapSyntax() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("stage", 2);
        details.put("traffic", 0.1);
        details.put("previous", Map.of("stage", 1));
        details.put("rules", List.of("latency_p95", "error_rate"));

        assertThat(DetailLines.of(details)).containsExactly("stage: 2", "traffic: 0.1", "previous: stage: 1", "rules:",
                "    latency_p95", "    error_rate");
        assertThat(DetailLines.oneLine(details)).isEqualTo("stage: 2 · traffic: 0.1 · previous: stage: 1 · rules: · latency_p95 · error_rate")
                .doesNotContain("{", "=");
    }
}
