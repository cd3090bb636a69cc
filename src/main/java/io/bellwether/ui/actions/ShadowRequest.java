package io.bellwether.ui.actions;

/** What it takes to create a shadow deployment, as the guide's shadow_deploy arguments. */
public record ShadowRequest(String primaryModel, String shadowModel, double trafficPercentage) {
}
