package io.bellwether.drill;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.domain.CanarySchedule;
import io.bellwether.domain.DeploymentStatus;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.PerformanceMetrics;
import io.bellwether.domain.ProgressionSettings;
import io.bellwether.domain.RollbackConfig;
import io.bellwether.io.JsonFields;
import io.bellwether.io.JsonFiles;
import io.bellwether.io.PerformanceMetricsJson;
import io.bellwether.io.RollbackConfigJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a scenario file. Durations are ISO-8601 ("PT6H"); metrics and the rollback config use the
 * guide's keys. Every refusal names the field by its place in the file, e.g. {@code faults[1].magnitude}.
 */
public final class DrillScenarioJson {
    private DrillScenarioJson() {
    }

    public static DrillScenario read(Path file) throws IOException {
        return read(JsonFiles.read(file));
    }

    public static DrillScenario read(InputStream in) throws IOException {
        return read(JsonFiles.read(in));
    }

    public static DrillScenario read(JsonNode root) {
        JsonFields.object(root, "scenario");
        JsonNode model = root.get("model");
        if (model != null) {
            JsonFields.object(model, "model");
        }
        JsonNode baseline = required(root, "baseline");
        JsonNode stages = required(root, "stages");
        JsonNode expect = required(root, "expect");
        List<Duration> holds = new ArrayList<>();
        return new DrillScenario(
                JsonFields.text(root, "name"),
                optionalText(root, "description", ""),
                JsonFields.wholeNumber(root, "seed", 1),
                instant(root, "start"),
                duration(root, "duration"),
                duration(root, "window"),
                model == null ? "drill_model" : within("model", () -> JsonFields.text(model, "name")),
                model == null ? "v2" : within("model", () -> JsonFields.text(model, "version")),
                within("baseline", () -> PerformanceMetricsJson.read(baseline)),
                root.get("rollback_config") == null ? null
                        : within("rollback_config", () -> RollbackConfigJson.read(root.get("rollback_config"))),
                JsonFields.number(root, "requests_per_second", 1000.0),
                JsonFields.number(root, "noise", 0.05),
                stages(stages, holds), holds.isEmpty() ? null : holds.get(holds.size() - 1),
                root.get("shadow") == null ? null : within("shadow", () -> shadow(root.get("shadow"))),
                faults(root.get("faults")),
                within("expect", () -> expectation(expect)),
                root.get("progression") == null ? null : progression(root.get("progression")));
    }

    /** The canary schedule of the stages' traffic and holds; each stage starts when the one before has held. */
    private static CanarySchedule stages(JsonNode array, List<Duration> holds) {
        requireArray(array, "stages");
        if (array.isEmpty()) {
            throw new InvalidInputException("stages", "[]", "must list at least one canary stage");
        }
        List<CanarySchedule.Stage> stages = new ArrayList<>();
        Duration offset = Duration.ZERO;
        for (int i = 0; i < array.size(); i++) {
            JsonNode stage = array.get(i);
            int index = i;
            Duration start = offset;
            stages.add(within("stages[" + i + "]", () -> {
                JsonFields.object(stage, "stage");
                double traffic = requiredNumber(stage, "traffic");
                if (!(traffic > 0 && traffic <= 1)) {
                    throw new InvalidInputException("traffic", traffic, "must be greater than 0 and at most 1");
                }
                Duration hold = duration(stage, "hold");
                if (hold.isNegative() || hold.isZero()) {
                    throw new InvalidInputException("hold", hold, "must be a positive duration");
                }
                holds.add(hold);
                return new CanarySchedule.Stage(index, start, traffic, CanarySchedule.percent(traffic) + " traffic");
            }));
            offset = offset.plus(holds.get(i));
        }
        return new CanarySchedule(stages);
    }

    private static ShadowTraffic shadow(JsonNode node) {
        JsonFields.object(node, "shadow");
        return new ShadowTraffic(JsonFields.number(node, "traffic_percentage", 0.1),
                (int) Math.min(Integer.MAX_VALUE, JsonFields.wholeNumber(node, "comparisons_per_window", 50)),
                JsonFields.number(node, "agreement_rate", 0.98));
    }

    private static List<Fault> faults(JsonNode array) {
        List<Fault> faults = new ArrayList<>();
        if (array == null) {
            return faults;
        }
        requireArray(array, "faults");
        for (int i = 0; i < array.size(); i++) {
            JsonNode fault = array.get(i);
            faults.add(within("faults[" + i + "]", () -> fault(fault)));
        }
        return faults;
    }

    private static Fault fault(JsonNode node) {
        JsonFields.object(node, "fault");
        FaultKind kind = kind(JsonFields.text(node, "kind"));
        Long atStage = node.get("at_stage") == null ? null : JsonFields.wholeNumber(node, "at_stage", 0);
        if (atStage != null && (atStage < 0 || atStage > Integer.MAX_VALUE)) {
            throw new InvalidInputException("at_stage", atStage, "must be a stage index");
        }
        return new Fault(kind, node.get("start") == null ? null : duration(node, "start"),
                atStage == null ? null : atStage.intValue(),
                node.get("duration") == null ? null : duration(node, "duration"),
                kind == FaultKind.OUTAGE ? JsonFields.number(node, "magnitude", 0) : requiredNumber(node, "magnitude"),
                JsonFields.bool(node, "ramp", false), optionalText(node, "description", null));
    }

    private static FaultKind kind(String text) {
        for (FaultKind kind : FaultKind.values()) {
            if (kind.value().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new InvalidInputException("kind", "\"" + text + "\"",
                "must be one of latency, error_rate, disagreement, outage");
    }

    /** The deployment's progression settings, with the keys of its metadata (automatic, rule_modes, …). */
    private static ProgressionSettings progression(JsonNode node) {
        JsonFields.object(node, "progression");
        return ProgressionSettings.fromMetadata(Map.of(ProgressionSettings.KEY, JsonFiles.MAPPER.convertValue(node, Map.class)));
    }

    private static Expectation expectation(JsonNode node) {
        JsonFields.object(node, "expect");
        if (node.get("rollback") == null) {
            throw new InvalidInputException("rollback", "nothing", "is required (true or false)");
        }
        return new Expectation(JsonFields.bool(node, "rollback", false),
                node.get("detected_after") == null ? null : duration(node, "detected_after"),
                node.get("detected_by") == null ? null : duration(node, "detected_by"),
                node.get("final_status") == null ? null : DeploymentStatus.fromValue(JsonFields.text(node, "final_status")),
                node.get("operator_within") == null ? null : duration(node, "operator_within"),
                JsonFields.bool(node, "automatic_progression", false), JsonFields.bool(node, "observed_breach", false));
    }

    private static Duration duration(JsonNode object, String key) {
        return io.bellwether.domain.Durations.parseIso(key, JsonFields.text(object, key));
    }

    private static Instant instant(JsonNode object, String key) {
        if (object.get(key) == null) {
            return null;
        }
        String text = JsonFields.text(object, key);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(key, "\"" + text + "\"", "must be an ISO-8601 instant such as 2026-01-05T09:00:00Z");
        }
    }

    private static double requiredNumber(JsonNode object, String key) {
        if (object.get(key) == null) {
            throw new InvalidInputException(key, "nothing", "is required");
        }
        return JsonFields.number(object, key, 0);
    }

    private static String optionalText(JsonNode object, String key, String fallback) {
        return object.get(key) == null ? fallback : JsonFields.text(object, key);
    }

    private static JsonNode required(JsonNode object, String key) {
        JsonNode value = object.get(key);
        if (value == null) {
            throw new InvalidInputException(key, "nothing", "is required");
        }
        return value;
    }

    private static void requireArray(JsonNode node, String key) {
        if (!node.isArray()) {
            throw new InvalidInputException(key, JsonFields.shown(node), "must be a JSON array");
        }
    }

    private static <T> T within(String parent, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw e.within(parent);
        }
    }
}
