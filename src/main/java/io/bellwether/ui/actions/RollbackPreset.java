package io.bellwether.ui.actions;

import io.bellwether.domain.RollbackConfig;

/** The guide's rollback configurations, and CUSTOM for anything else. */
public enum RollbackPreset {
    CONSERVATIVE("Conservative (quick to roll back)", RollbackConfig.CONSERVATIVE),
    BALANCED("Balanced", RollbackConfig.BALANCED),
    AGGRESSIVE("Aggressive (slow to roll back)", RollbackConfig.AGGRESSIVE),
    CUSTOM("Custom", null);

    private final String label;
    private final RollbackConfig config;

    RollbackPreset(String label, RollbackConfig config) {
        this.label = label;
        this.config = config;
    }

    public String label() {
        return label;
    }

    /** Null for CUSTOM. */
    public RollbackConfig config() {
        return config;
    }

    /** The preset whose thresholds equal {@code config}'s, or CUSTOM. */
    public static RollbackPreset matching(RollbackConfig config) {
        for (RollbackPreset preset : values()) {
            if (preset.config != null && preset.config.errorRateThreshold() == config.errorRateThreshold()
                    && preset.config.latencyThresholdMultiplier() == config.latencyThresholdMultiplier()
                    && preset.config.minRequestsBeforeCheck() == config.minRequestsBeforeCheck()
                    && preset.config.checkIntervalSeconds() == config.checkIntervalSeconds()) {
                return preset;
            }
        }
        return CUSTOM;
    }

    @Override
    public String toString() {
        return label;
    }
}
