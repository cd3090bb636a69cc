package io.bellwether.domain;

/** The stages of a registered model version, as the guide's ModelStage; {@link #value()} is its wire name. */
public enum ModelStage implements WireName {
    DEVELOPMENT, STAGING, PRODUCTION, ARCHIVED;

    public static ModelStage fromValue(String text) {
        return WireNames.parse(ModelStage.class, "stage", text);
    }
}
