package io.bellwether.cli.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bellwether.application.port.in.AutomatedStep;
import io.bellwether.application.port.in.MetricsWatcher.Judgement;
import io.bellwether.domain.EnforcedVerdict;
import io.bellwether.domain.HealthStatus;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RuleMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The progression fields of a watch line: hold, inconclusive, enforcement, observed, not evaluated, steps. */
class JudgementLineProgressionTest {
    @Test
    void aLineCarriesTheHoldTheEnforcementAndTheStepsOfItsDeployment() throws Exception {
        ProgressionSettings observing = ProgressionSettings.DEFAULTS.withMode("error_rate_threshold", RuleMode.OBSERVE);
        EnforcedVerdict verdict = EnforcedVerdict.judge(null, new PerformanceMetrics(0.03, 0.05, 0.07, 0.2, 10),
                RollbackConfig.DEFAULTS, 500, observing, 0);
        Judgement judged = new Judgement("d1", "m:v1", Instant.parse("2026-03-14T10:00:00Z"), verdict.healthStatus(),
                verdict.decision(), verdict, verdict.healthMessage(), Map.of(), Map.of(), "inconclusive");
        List<AutomatedStep> steps = List.of(new AutomatedStep("d1", "m:v1", "pause", null, "Inconclusive", null),
                new AutomatedStep("d2", "m:v2", "advance", 2, "healthy", null));

        JsonNode line = new ObjectMapper().readTree(JudgementLine.of(judged, steps));

        assertThat(line.get("hold").asText()).isEqualTo("inconclusive");
        assertThat(line.get("inconclusive").asBoolean()).isTrue();
        assertThat(line.get("status").asText()).isEqualTo(HealthStatus.HEALTHY.value());
        assertThat(line.get("enforcement").asText()).isEqualTo("none");
        assertThat(line.get("observed").toString()).isEqualTo("[\"error_rate_threshold\"]");
        assertThat(line.get("not_evaluated")).hasSize(3);
        assertThat(line.get("steps")).singleElement().satisfies(step ->
                assertThat(step.get("action").asText()).isEqualTo("pause"));
        assertThat(line.get("rolled_back").asBoolean()).isFalse();
    }
}
