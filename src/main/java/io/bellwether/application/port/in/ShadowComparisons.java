package io.bellwether.application.port.in;

import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowReport;
import java.util.List;

/** The guide's shadow deployments: created (audited), fed with comparisons, and judged. */
public interface ShadowComparisons {

    ShadowDeployment shadowDeploy(String primaryModel, String shadowModel, double trafficPercentage, String actor);

    /** One measurement: a cheap append, not audited. */
    void recordShadowComparison(String shadowId, Object primaryResult, Object shadowResult,
                                double primaryLatency, double shadowLatency, boolean agreement);

    /** Records the whole batch in one transaction with one audit event, or nothing. */
    void recordShadowComparisons(String shadowId, List<ShadowComparison> batch, String actor);

    ShadowReport compareShadowDeployment(String shadowId);
}
