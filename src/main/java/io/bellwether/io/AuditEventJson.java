package io.bellwether.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.application.port.in.ComplianceReport;
import io.bellwether.domain.AuditEvent;
import java.util.List;
import java.util.Map;

/**
 * Audit events with the guide's AuditLogger keys (event_id, timestamp, event_type, severity, user,
 * resource_type, resource_id, action, details) plus the chain (sequence, previous_hash, hash), and
 * the guide's compliance report keys.
 */
public final class AuditEventJson {
    public static final List<String> COLUMNS = List.of("sequence", "event_id", "timestamp", "event_type",
            "severity", "user", "resource_type", "resource_id", "action", "details", "previous_hash", "hash");

    private AuditEventJson() {
    }

    public static ObjectNode write(AuditEvent event) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode();
        node.put("sequence", event.sequence());
        node.put("event_id", event.eventId());
        node.put("timestamp", event.timestamp().toString());
        node.put("event_type", event.type().name());
        node.put("severity", event.severity().name());
        node.put("user", event.user());
        node.put("resource_type", event.resourceType());
        node.put("resource_id", event.resourceId());
        node.put("action", event.action());
        node.set("details", JsonFiles.MAPPER.valueToTree(event.details()));
        node.put("previous_hash", event.previousHash());
        node.put("hash", event.hash());
        return node;
    }

    public static ArrayNode write(List<AuditEvent> events) {
        ArrayNode array = JsonFiles.MAPPER.createArrayNode();
        events.forEach(e -> array.add(write(e)));
        return array;
    }

    public static ObjectNode write(ComplianceReport report) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode();
        DeploymentJson.putInstant(node, "period_start", report.from());
        DeploymentJson.putInstant(node, "period_end", report.to());
        node.put("total_events", report.totalEvents());
        counts(node.putObject("events_by_type"), report.byType());
        counts(node.putObject("events_by_severity"), report.bySeverity());
        counts(node.putObject("events_by_user"), report.byUser());
        node.set("critical_events", write(report.criticalEvents()));
        return node;
    }

    private static void counts(ObjectNode node, Map<String, Long> counts) {
        counts.forEach(node::put);
    }
}
