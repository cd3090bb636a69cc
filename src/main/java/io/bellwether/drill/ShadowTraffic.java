package io.bellwether.drill;

import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;

/**
 * The drill's shadow deployment: how many mirrored requests are compared per window and how often
 * the two models agree when no fault acts. The window's agreement rate is also reported to the
 * engine as the custom metric {@value #AGREEMENT_METRIC}, so a custom rule can act on it.
 */
public record ShadowTraffic(double trafficPercentage, int comparisonsPerWindow, double agreementRate) {
    public static final String AGREEMENT_METRIC = "shadow_agreement";

    public ShadowTraffic {
        Checks.fraction("traffic_percentage", trafficPercentage);
        if (comparisonsPerWindow < 1 || comparisonsPerWindow > 100_000) {
            throw new InvalidInputException("comparisons_per_window", comparisonsPerWindow,
                    "must be between 1 and 100000");
        }
        Checks.fraction("agreement_rate", agreementRate);
    }
}
