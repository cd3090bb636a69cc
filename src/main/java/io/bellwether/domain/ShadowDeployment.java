package io.bellwether.domain;

import java.time.Instant;

/** The guide's ShadowDeployment; its comparisons are an append-only history stored apart. */
public record ShadowDeployment(String shadowId, String primaryModel, String shadowModel,
                               double trafficPercentage, Instant createdAt) {
    public ShadowDeployment {
        Checks.required("shadow_id", shadowId);
        Checks.name("primary_model", primaryModel);
        Checks.name("shadow_model", shadowModel);
        Checks.finite("traffic_percentage", trafficPercentage);
        if (trafficPercentage <= 0 || trafficPercentage > 100) {
            throw new InvalidInputException("traffic_percentage", trafficPercentage,
                    "must be greater than 0 and at most 100");
        }
        if (createdAt == null) {
            throw new InvalidInputException("created_at", null, "is required");
        }
    }
}
