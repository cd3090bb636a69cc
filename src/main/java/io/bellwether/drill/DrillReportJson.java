package io.bellwether.drill;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.io.JsonFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** The drill report as JSON: snake_case keys, ISO-8601 instants and durations, null where absent. */
public final class DrillReportJson {
    private DrillReportJson() {
    }

    public static String write(DrillReport report) {
        return JsonFiles.write(toJson(report));
    }

    public static ObjectNode toJson(DrillReport r) {
        ObjectNode root = JsonFiles.MAPPER.createObjectNode();
        root.put("scenario", r.scenario());
        root.put("description", r.description());
        root.put("seed", r.seed());
        root.put("mode", r.mode().name().toLowerCase(Locale.ROOT));
        root.put("start", text(r.start()));
        root.put("end", text(r.end()));
        root.put("windows", r.windows());
        root.put("metrics_source", r.metricsSource());
        root.put("deployment_id", r.deploymentId());
        root.put("final_status", r.finalStatus().value());
        root.put("expected", r.expected());
        root.put("passed", r.passed());
        root.put("verdict", r.verdict());
        ArrayNode faults = root.putArray("faults");
        for (InjectedFault fault : r.faults()) {
            faults.addObject().put("kind", fault.kind()).put("description", fault.description())
                    .put("onset", text(fault.onset())).put("end", text(fault.end()));
        }
        moment(root, "engine_rollback", r.engineRollback());
        moment(root, "operator_rollback", r.operatorRollback());
        root.put("detection_time", text(r.detectionTime()));
        root.put("operator_detection_time", text(r.operatorDetectionTime()));
        ArrayNode promotions = root.putArray("promotions");
        r.promotions().forEach(p -> moment(promotions.addObject(), p));
        root.put("windows_without_data", r.windowsWithoutData());
        root.put("promotions_without_data", r.promotionsWithoutData());
        root.put("healthy_without_data", r.healthyWithoutData());
        ArrayNode checklist = root.putArray("decision_tree");
        for (ChecklistItem item : r.checklist()) {
            checklist.addObject().put("question", item.question()).put("answer", item.answer().value())
                    .put("evidence", item.evidence()).put("first_yes_at", text(item.firstYesAt()));
        }
        return root;
    }

    private static void moment(ObjectNode parent, String key, Moment moment) {
        if (moment == null) {
            parent.putNull(key);
        } else {
            moment(parent.putObject(key), moment);
        }
    }

    private static void moment(ObjectNode node, Moment moment) {
        node.put("at", text(moment.at()));
        node.put("since_start", text(moment.sinceStart()));
        node.put("stage_number", moment.stage() + 1);
        node.put("traffic", moment.traffic());
        node.put("by", moment.by());
        ArrayNode reasons = node.putArray("reasons");
        moment.reasons().forEach(reasons::add);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String text(Duration duration) {
        return duration == null ? null : duration.toString();
    }
}
