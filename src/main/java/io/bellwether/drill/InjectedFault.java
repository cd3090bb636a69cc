package io.bellwether.drill;

import java.time.Instant;

/** A fault on the drill's timeline; {@code onset} is null when it never began, {@code end} when it never ended. */
public record InjectedFault(String kind, String description, Instant onset, Instant end) {
}
