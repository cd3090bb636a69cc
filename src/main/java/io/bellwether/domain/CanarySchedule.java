package io.bellwether.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stages of a canary, read from its deployment metadata: either an explicit list under
 * {@code schedule} (the guide's {@code [{day, traffic, action}]}, day 1 being the start) or the linear
 * ramp {@code initial_traffic}, {@code increment}, {@code target_traffic},
 * {@code increment_interval_hours}. Missing ramp keys take the guide's example values (0.05, 0.05,
 * 1.0, 24); metadata with neither gives the guide's recommended 5/10/25/50/100% schedule.
 */
public record CanarySchedule(List<Stage> stages) {

    public static final String SCHEDULE = "schedule";
    public static final String INITIAL_TRAFFIC = "initial_traffic";
    public static final String INCREMENT = "increment";
    public static final String TARGET_TRAFFIC = "target_traffic";
    public static final String INCREMENT_INTERVAL_HOURS = "increment_interval_hours";

    /** Far more stages than any real rollout; guards against a tiny increment. */
    static final int MAX_STAGES = 1000;

    /** One stage: planned start relative to the deployment's start, traffic share (0..1], label. */
    public record Stage(int index, Duration plannedOffset, double traffic, String label) {
    }

    public CanarySchedule {
        if (stages == null || stages.isEmpty()) {
            throw new InvalidInputException("canary schedule", stages, "needs at least one stage");
        }
        stages = List.copyOf(stages);
    }

    public static CanarySchedule fromMetadata(Map<String, Object> metadata) {
        Map<String, Object> values = metadata == null ? Map.of() : metadata;
        if (values.containsKey(SCHEDULE)) {
            return explicit(values.get(SCHEDULE));
        }
        boolean anyRampKey = values.containsKey(INITIAL_TRAFFIC) || values.containsKey(INCREMENT)
                || values.containsKey(TARGET_TRAFFIC) || values.containsKey(INCREMENT_INTERVAL_HOURS);
        if (!anyRampKey) {
            return recommended();
        }
        return linear(values);
    }

    /** The guide's recommended rollout: days 1, 2, 3, 5, 7 at 5, 10, 25, 50, 100%. */
    public static CanarySchedule recommended() {
        return explicit(List.of(
                Map.of("day", 1, "traffic", 0.05, "action", "Monitor closely"),
                Map.of("day", 2, "traffic", 0.10, "action", "Check metrics"),
                Map.of("day", 3, "traffic", 0.25, "action", "Validate performance"),
                Map.of("day", 5, "traffic", 0.50, "action", "Extended monitoring"),
                Map.of("day", 7, "traffic", 1.00, "action", "Complete rollout")));
    }

    /** The schedule as the guide writes it in metadata, {@code [{day, traffic, action}]}, day 1 being the start. */
    public List<Map<String, Object>> asMetadata() {
        return stages.stream().<Map<String, Object>>map(stage -> Map.of(
                "day", 1 + stage.plannedOffset().toMillis() / 86_400_000.0,
                "traffic", stage.traffic(), "action", stage.label())).toList();
    }

    public int size() {
        return stages.size();
    }

    public Stage stage(int index) {
        if (index < 0 || index >= stages.size()) {
            throw new InvalidInputException("stage index", index, "must be between 0 and " + (stages.size() - 1));
        }
        return stages.get(index);
    }

    public Optional<Stage> after(int index) {
        return index + 1 < stages.size() ? Optional.of(stages.get(index + 1)) : Optional.empty();
    }

    public Instant plannedStart(int index, Instant deploymentStart) {
        return deploymentStart.plus(stage(index).plannedOffset());
    }

    /** "5%", "12.5%": the traffic share as the guide prints it, without trailing zeros. */
    public static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(4, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString() + "%";
    }

    private static CanarySchedule linear(Map<String, Object> values) {
        double initial = share(INITIAL_TRAFFIC, values.getOrDefault(INITIAL_TRAFFIC, 0.05));
        double increment = share(INCREMENT, values.getOrDefault(INCREMENT, 0.05));
        double target = share(TARGET_TRAFFIC, values.getOrDefault(TARGET_TRAFFIC, 1.0));
        double hours = number(INCREMENT_INTERVAL_HOURS, values.getOrDefault(INCREMENT_INTERVAL_HOURS, 24));
        if (hours <= 0) {
            throw invalid(INCREMENT_INTERVAL_HOURS, hours, "must be greater than 0");
        }
        if (target < initial) {
            throw invalid(TARGET_TRAFFIC, target, "must not be below initial_traffic " + initial);
        }
        if ((target - initial) / increment >= MAX_STAGES) {
            throw invalid(INCREMENT, increment, "gives more than " + MAX_STAGES + " stages up to " + target);
        }
        Duration interval = Duration.ofMillis(Math.round(hours * 3_600_000));
        List<Stage> stages = new ArrayList<>();
        for (int k = 0; ; k++) {
            double traffic = Math.min(target, roundShare(initial + k * increment));
            stages.add(new Stage(k, interval.multipliedBy(k), traffic, percent(traffic) + " traffic"));
            if (traffic >= target) {
                return new CanarySchedule(stages);
            }
        }
    }

    private static CanarySchedule explicit(Object raw) {
        if (!(raw instanceof List<?> entries) || entries.isEmpty()) {
            throw invalid(SCHEDULE, raw, "must be a non-empty list of {day, traffic, action}");
        }
        List<Stage> stages = new ArrayList<>();
        double previousDay = 0;
        double previousTraffic = 0;
        for (int i = 0; i < entries.size(); i++) {
            String key = SCHEDULE + "[" + i + "]";
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw invalid(key, entries.get(i), "must be an object with day and traffic");
            }
            double day = number(key + ".day", entry.get("day"));
            if (day < 1 || day <= previousDay) {
                throw invalid(key + ".day", day, previousDay == 0 ? "must be at least 1"
                        : "must come after day " + BigDecimal.valueOf(previousDay).stripTrailingZeros().toPlainString());
            }
            double traffic = share(key + ".traffic", entry.get("traffic"));
            if (traffic < previousTraffic) {
                throw invalid(key + ".traffic", traffic, "must not be below the previous stage's " + previousTraffic);
            }
            Object action = entry.get("action");
            String label = action == null || action.toString().isBlank()
                    ? percent(traffic) + " traffic" : action.toString();
            Duration offset = Duration.ofMillis(Math.round((day - 1) * 86_400_000));
            stages.add(new Stage(i, offset, traffic, label));
            previousDay = day;
            previousTraffic = traffic;
        }
        return new CanarySchedule(stages);
    }

    private static double share(String key, Object raw) {
        double value = number(key, raw);
        if (value <= 0 || value > 1) {
            throw invalid(key, value, "must be greater than 0 and at most 1");
        }
        return value;
    }

    private static double number(String key, Object raw) {
        double value;
        if (raw instanceof Number number) {
            value = number.doubleValue();
        } else if (raw instanceof String text) {
            try {
                value = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw invalid(key, "\"" + text + "\"", "must be a number");
            }
        } else {
            throw invalid(key, raw, "must be a number");
        }
        if (!Double.isFinite(value)) {
            throw invalid(key, value, "must be a finite number");
        }
        return value;
    }

    private static double roundShare(double value) {
        return Math.round(value * 1e9) / 1e9;
    }

    private static InvalidInputException invalid(String key, Object value, String problem) {
        return new InvalidInputException("metadata " + key, value, problem);
    }
}
