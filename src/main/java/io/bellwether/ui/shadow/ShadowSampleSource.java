package io.bellwether.ui.shadow;

import io.bellwether.application.DeploymentService;

/**
 * Loads a shadow deployment's comparisons as primitive columns. The default goes through
 * {@link DeploymentService#shadowComparisons}, which builds one record per comparison before the
 * columns are filled; a store with a column query can plug in here without records.
 */
@FunctionalInterface
public interface ShadowSampleSource {

    ShadowSamples load(String shadowId);

    static ShadowSampleSource through(DeploymentService deployments) {
        return shadowId -> ShadowSamples.of(deployments.shadowComparisons(shadowId, null, null));
    }
}
