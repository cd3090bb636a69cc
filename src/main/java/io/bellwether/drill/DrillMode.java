package io.bellwether.drill;

/** Who rolls back in a drill. */
public enum DrillMode {
    /** Headless: the engine rolls back on its own, as in production. */
    AUTOMATIC,
    /** An operator drill: the engine only notes when it would have rolled back; the operator must act. */
    OPERATOR
}
