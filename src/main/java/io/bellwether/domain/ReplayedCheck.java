package io.bellwether.domain;

import java.time.Instant;

/**
 * One stored health check replayed: its recorded status and the action recorded at it (a rollback or a pause
 * that followed this check, else NONE), beside the status, action and message the replayed rules give.
 */
public record ReplayedCheck(Instant at, HealthStatus recorded, EnforcedVerdict.Action recordedAction,
                            HealthStatus replayed, EnforcedVerdict.Action replayedAction, String replayedMessage) {

    /** The verdict differs, or one side rolled back or paused here and the other did not do the same. */
    public boolean flipped() {
        return recorded != replayed || (acts(recordedAction) || acts(replayedAction)) && recordedAction != replayedAction;
    }

    static boolean acts(EnforcedVerdict.Action action) {
        return action == EnforcedVerdict.Action.ROLLBACK || action == EnforcedVerdict.Action.PAUSE;
    }
}
