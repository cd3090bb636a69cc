package io.bellwether.domain;

/**
 * What a rule's breach does: {@code ROLLBACK} (the guide's, the default), {@code PAUSE} (hold the canary
 * and ask a human) or {@code OBSERVE} (evaluate and record, never act).
 */
public enum RuleMode implements WireName {
    ROLLBACK, PAUSE, OBSERVE;

    public static RuleMode fromValue(String field, String text) {
        return WireNames.parse(RuleMode.class, field, text);
    }
}
