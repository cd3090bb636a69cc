package io.bellwether.domain;

/** Where a promotion request stands in the guide's approval workflow. */
public enum PromotionStatus implements WireName {
    PENDING, APPROVED, REJECTED;

    public static PromotionStatus fromValue(String text) {
        return WireNames.parse(PromotionStatus.class, "promotion status", text);
    }
}
