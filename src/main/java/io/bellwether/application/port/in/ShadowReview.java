package io.bellwether.application.port.in;

import io.bellwether.domain.ModelComparison;
import io.bellwether.domain.ModelVersion;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowEvidence;
import io.bellwether.domain.ShadowReport;
import io.bellwether.domain.ShadowVerdict;

/**
 * The evidence for a promotion request: the candidate's metrics against the version in production
 * (both null when nothing of that name is in production) and the shadow deployment that ran the
 * candidate beside it (null when there is none; the report is then empty and the verdict not ready),
 * and the statistical evidence of its comparisons (NONE without a shadow).
 */
public record ShadowReview(PromotionRequest request, ModelVersion candidate, ModelVersion production,
                           ModelComparison metrics, ShadowDeployment shadow, ShadowReport report,
                           ShadowVerdict verdict, ShadowEvidence evidence) {

    /** Without statistical evidence. */
    public ShadowReview(PromotionRequest request, ModelVersion candidate, ModelVersion production,
                        ModelComparison metrics, ShadowDeployment shadow, ShadowReport report, ShadowVerdict verdict) {
        this(request, candidate, production, metrics, shadow, report, verdict, ShadowEvidence.NONE);
    }

    public boolean hasShadow() {
        return shadow != null;
    }
}
