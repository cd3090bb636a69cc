package io.bellwether.ui.canary;

import io.bellwether.domain.AuditEvent;
import io.bellwether.domain.Deployment;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a canary is in its schedule, read from what the store keeps: the deployment metadata keys
 * {@code current_stage}, {@code current_traffic}, {@code paused}, and the CANARY_STAGE_CHANGED audit
 * events (details {@code stage_number}, {@code traffic}) that say when each stage began; pause and resume
 * events (details {@code paused}) start no stage; completion puts a canary at its last stage.
 */
record CanaryProgress(int currentStage, boolean paused, Map<Integer, Instant> stageStarts,
                      Map<Integer, Double> stageTraffic) {

    static final String CURRENT_STAGE = "current_stage";
    static final String PAUSED = "paused";
    static final String[] TRAFFIC_KEYS = {"traffic"};

    /** Stage 0 begins when the deployment starts; −1 means not started. */
    static CanaryProgress of(Deployment deployment, Iterable<AuditEvent> stageEvents) {
        Map<Integer, Instant> starts = new TreeMap<>();
        Map<Integer, Double> traffic = new TreeMap<>();
        if (deployment.startedAt() != null) {
            starts.put(0, deployment.startedAt());
        }
        for (AuditEvent event : stageEvents) {
            if (event.details().containsKey(PAUSED)) {
                continue;
            }
            Integer stage = event.stageNumber().map(number -> number - 1).orElse(null);
            if (stage != null) {
                starts.putIfAbsent(stage, event.timestamp());
                Double share = number(event.details(), TRAFFIC_KEYS);
                if (share != null) {
                    traffic.putIfAbsent(stage, share);
                }
            }
        }
        Integer stored = integer(deployment.metadata(), new String[] {CURRENT_STAGE});
        int current = stored != null ? stored : deployment.startedAt() != null ? 0 : -1;
        if (deployment.completedAt() != null && current >= 0) {
            starts.putIfAbsent(current, deployment.completedAt());
            traffic.putIfAbsent(current, 1.0);
        }
        Object paused = deployment.metadata().get(PAUSED);
        return new CanaryProgress(current, Boolean.TRUE.equals(paused) || "true".equals(String.valueOf(paused)),
                starts, traffic);
    }

    private static Integer integer(Map<String, Object> values, String[] keys) {
        Double number = number(values, keys);
        return number == null ? null : (int) Math.round(number);
    }

    private static Double number(Map<String, Object> values, String[] keys) {
        for (String key : keys) {
            Object raw = values.get(key);
            if (raw instanceof Number number) {
                return number.doubleValue();
            }
            if (raw instanceof String text) {
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException ignored) {
                    // not a number under this key: try the next one
                }
            }
        }
        return null;
    }
}
