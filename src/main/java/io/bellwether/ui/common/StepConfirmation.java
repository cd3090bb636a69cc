package io.bellwether.ui.common;

import java.util.List;

/**
 * What the operator reads before a lifecycle step in production: the step ("Complete
 * fraud_detector:v2.0.0"), the facts it is taken on, and what should give them pause.
 */
public record StepConfirmation(String title, List<String> facts, List<String> warnings) {
    public StepConfirmation {
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }
}
