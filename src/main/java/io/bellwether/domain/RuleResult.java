package io.bellwether.domain;

/**
 * One rule's verdict, machine-readable: what was measured, against which threshold and baseline.
 * {@code baseline} is NaN where the rule has none; {@code reason} is null when not triggered.
 */
public record RuleResult(String rule, double measured, double threshold, double baseline,
                         boolean triggered, String reason) {
}
