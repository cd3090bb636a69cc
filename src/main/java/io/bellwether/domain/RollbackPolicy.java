package io.bellwether.domain;

/** The rollback evaluation engine of the guide (see ARCHITECTURE.md for its exact semantics). */
public final class RollbackPolicy {
    private RollbackPolicy() {
    }

    /** @param config null means {@link RollbackConfig#DEFAULTS} */
    public static RollbackDecision evaluate(PerformanceMetrics baseline, PerformanceMetrics current,
                                            RollbackConfig config, long requestCount) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
