package io.bellwether.application.port.in;

/** The head of the audit chain at one moment: recorded outside the workspace, it lets verify prove the past unchanged. */
public record AuditAnchor(long sequence, String hash) {
}
