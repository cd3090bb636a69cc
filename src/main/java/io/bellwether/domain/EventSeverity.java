package io.bellwether.domain;

/** Audit severities, after the guide's AuditLogger. */
public enum EventSeverity {
    INFO, WARNING, ERROR, CRITICAL;

    public static EventSeverity fromValue(String text) {
        return WireNames.parse(EventSeverity.class, "severity", text);
    }
}
