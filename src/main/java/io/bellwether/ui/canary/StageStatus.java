package io.bellwether.ui.canary;

/** Where a canary stage stands relative to the deployment's current stage. */
public enum StageStatus {
    DONE, CURRENT, PAUSED, NEXT, PLANNED, STOPPED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
