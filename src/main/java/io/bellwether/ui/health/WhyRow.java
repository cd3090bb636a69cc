package io.bellwether.ui.health;

import io.bellwether.domain.RuleResult;

/** One line of the "why" panel: a rule's result within one decision (latest check or a past rollback). */
public record WhyRow(String decision, RuleResult rule) {
}
