package io.bellwether.application.port.in;

/**
 * One step automatic progression took (or tried): {@code action} is advance, complete or pause;
 * {@code stageNumber} the 1-based stage reached (null for a pause); {@code failure} why the step could not
 * be taken (e.g. its traffic hook failed), null when it was.
 */
public record AutomatedStep(String deploymentId, String model, String action, Integer stageNumber, String reason,
                            String failure) {
    public boolean succeeded() {
        return failure == null;
    }
}
