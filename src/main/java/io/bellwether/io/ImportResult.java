package io.bellwether.io;

/** An import that landed: how many records went into which target. */
public record ImportResult(ImportKind kind, String targetId, long records) {
}
