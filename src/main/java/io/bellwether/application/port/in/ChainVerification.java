package io.bellwether.application.port.in;

/**
 * Result of re-hashing the audit chain. When broken, {@code firstBrokenSequence} names the first
 * event whose stored hash or link does not match, and {@code problem} says how.
 */
public record ChainVerification(boolean intact, long eventsChecked, Long firstBrokenSequence, String problem) {
}
