package io.bellwether.ui.shadow;

import io.bellwether.application.port.in.DeploymentQueries;

/** Loads a shadow deployment's comparisons as primitive columns, without a record per comparison. */
@FunctionalInterface
public interface ShadowSampleSource {

    ShadowSamples load(String shadowId);

    static ShadowSampleSource through(DeploymentQueries deployments) {
        return shadowId -> ShadowSamples.of(deployments.shadowComparisonColumns(shadowId));
    }
}
