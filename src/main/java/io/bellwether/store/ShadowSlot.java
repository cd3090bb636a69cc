package io.bellwether.store;

/** A shadow deployment's key in the comparison tables and how many comparisons it holds. */
record ShadowSlot(int key, long count) {
}
