package io.bellwether.ui.health;

import io.bellwether.domain.RuleResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class RuleResultDetailsTest {

    @Test
    void readsTheDecisionRulesStoredInAuditDetails() {
        Map<String, Object> rule = new HashMap<>();
        rule.put("rule", "latency_p95");
        rule.put("measured", 0.12);
        rule.put("threshold", 0.075);
        rule.put("baseline", 0.05);
        rule.put("triggered", true);
        rule.put("reason", "P95 latency 0.120s is 2.40x baseline 0.050s");
        Map<String, Object> plain = new HashMap<>(Map.of("rule", "error_rate_threshold", "measured", "0.002",
                "threshold", 0.01, "triggered", false));
        plain.put("baseline", null);

        List<RuleResult> rules = RuleResultDetails.read(Map.of("reason", "x", "rules", List.of(rule, plain)));

        assertThat(rules).hasSize(2);
        assertThat(rules.get(0)).isEqualTo(new RuleResult("latency_p95", 0.12, 0.075, 0.05, true,
                "P95 latency 0.120s is 2.40x baseline 0.050s"));
        assertThat(rules.get(1).measured()).isEqualTo(0.002);
        assertThat(rules.get(1).baseline()).isNaN();
        assertThat(rules.get(1).triggered()).isFalse();
        assertThat(rules.get(1).reason()).isNull();
    }

    @Test
    void eventsWithoutRulesGiveNone() {
        assertThat(RuleResultDetails.read(Map.of("reason", "EMERGENCY: bad output"))).isEmpty();
        assertThat(RuleResultDetails.read(Map.of("rules", "not a list"))).isEmpty();
    }
}
