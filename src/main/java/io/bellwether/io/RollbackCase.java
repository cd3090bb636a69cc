package io.bellwether.io;

import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.domain.RollbackDecision;
import io.bellwether.domain.RollbackPolicy;

/** One input of {@code bellwether check}: two metric sets, an optional config (null: defaults), a request count. */
public record RollbackCase(PerformanceMetrics baseline, PerformanceMetrics current, RollbackConfig config,
                           long requestCount) {

    public RollbackCase {
        if (baseline == null || current == null) {
            throw new InvalidInputException(baseline == null ? "baseline" : "current", null, "is required");
        }
        Checks.nonNegative("request_count", requestCount);
    }

    public RollbackDecision evaluate() {
        return RollbackPolicy.evaluate(baseline, current, config, requestCount);
    }
}
