package io.bellwether.ui.health;

import io.bellwether.domain.RuleResult;
import java.time.Instant;
import java.util.List;

/** When a deployment was rolled back, by whom, why, and the rule results stored with it (may be empty). */
public record RollbackMoment(Instant at, String triggeredBy, String reason, List<RuleResult> rules) {
}
