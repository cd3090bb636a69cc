package io.bellwether.notify;

import io.bellwether.application.port.in.NotificationEvidence;
import io.bellwether.application.port.in.NotificationFormat;
import io.bellwether.application.service.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two bodies of one notification, each carrying the whole evidence record: the generic JSON is the record
 * itself; the Slack-compatible incoming-webhook message has a one-line {@code text} and one attachment whose
 * fields are the record's fields (absent ones as "-"), by their wire names.
 */
final class NotificationBodies {
    private static final Map<String, String> COLORS = Map.of(NotificationEvidence.ROLLBACK, "danger",
            NotificationEvidence.PAUSED, "warning", NotificationEvidence.INCONCLUSIVE, "warning",
            NotificationEvidence.COMPLETED, "good");

    private NotificationBodies() {
    }

    static String of(NotificationFormat format, NotificationEvidence evidence) {
        return Json.write("notification", format == NotificationFormat.SLACK ? slack(evidence) : evidence.fields());
    }

    static String headline(NotificationEvidence e) {
        StringBuilder text = new StringBuilder("Bellwether: ").append(e.deploymentId()).append(" (")
                .append(e.model()).append(':').append(e.version()).append(") in ").append(e.environment())
                .append(": ").append(e.event());
        if (e.rule() != null) {
            text.append(" by ").append(e.rule()).append(" (measured ").append(e.measured()).append(", threshold ")
                    .append(e.threshold()).append(')');
        }
        if (e.reason() != null) {
            text.append(" - ").append(e.reason());
        }
        return text.toString();
    }

    private static Map<String, Object> slack(NotificationEvidence evidence) {
        List<Map<String, Object>> fields = new ArrayList<>();
        evidence.fields().forEach((name, value) -> fields.add(Map.of("title", name, "value",
                value == null ? "-" : value.toString(), "short", !"reason".equals(name) && !"query".equals(name))));
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("color", COLORS.getOrDefault(evidence.event(), "#439FE0"));
        attachment.put("fallback", headline(evidence));
        attachment.put("fields", fields);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", headline(evidence));
        body.put("attachments", List.of(attachment));
        return body;
    }
}
