package io.bellwether.domain;

/**
 * One answered item of the pre-deployment checklist: met or not, what in the workspace says so, and
 * where to look ({@code link}: a shadow id, a promotion, an environment's settings; may be empty).
 */
public record PreDeploymentCheck(PreDeploymentItem item, boolean met, String evidence, String link) {
}
