package io.bellwether.ui.shell;

import java.util.List;

/** A deployment the automatic evaluation rolled back, with the engine's reasons. */
public record AutomatedRollback(String deploymentId, String modelRef, String environment, List<String> reasons) {
    public AutomatedRollback {
        reasons = List.copyOf(reasons);
    }
}
