package io.bellwether.application.port.in;

import io.bellwether.domain.PreDeploymentCheck;
import io.bellwether.domain.PreDeploymentItem;
import java.util.List;

/**
 * The guide's pre-deployment checklist of one model version, answered from the workspace: its
 * newest shadow and verdict, its offline metrics against production, the target environment's
 * traffic controller and metrics bindings, its approval, and the operator's confirmations (audited
 * as CHECKLIST_CONFIRMED with who confirmed). An unknown version is a {@link NotFoundException}.
 */
public interface PreDeploymentChecklist {

    /** Every item in the guide's order, met or not. */
    Answers answer(String name, String version, String environment);

    /** Records that {@code actor} confirms an operator item; refuses the items the workspace answers. */
    void confirm(String name, String version, PreDeploymentItem item, String actor);

    /** Records, with its reason, that {@code actor} goes on although items are unmet (CHECKLIST_OVERRIDDEN). */
    void override(String name, String version, List<PreDeploymentItem> unmet, String reason, String actor);

    /** The answered checklist of one version for one environment. */
    record Answers(String name, String version, String environment, List<PreDeploymentCheck> checks) {
        public Answers {
            checks = List.copyOf(checks);
        }

        public boolean allMet() {
            return checks.stream().allMatch(PreDeploymentCheck::met);
        }

        public List<PreDeploymentItem> unmet() {
            return checks.stream().filter(c -> !c.met()).map(PreDeploymentCheck::item).toList();
        }
    }
}
