package io.bellwether.domain;

/** Where a promotion request stands in the guide's approval workflow. */
public enum PromotionStatus {
    PENDING, APPROVED, REJECTED;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PromotionStatus fromValue(String text) {
        return WireNames.parse(PromotionStatus.class, "promotion status", text);
    }
}
