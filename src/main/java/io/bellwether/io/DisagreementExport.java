package io.bellwether.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.domain.Disagreement;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Disagreements as CSV (RFC 4180, results as their stored JSON text) or JSON Lines (results as JSON,
 * or as the raw text when it does not parse). Latencies in milliseconds.
 */
public enum DisagreementExport {
    CSV("csv"), JSON_LINES("jsonl");

    public static final List<String> COLUMNS = List.of("comparison_no", "timestamp", "primary_result",
            "shadow_result", "primary_latency_ms", "shadow_latency_ms", "difference_ms");

    private final String extension;

    DisagreementExport(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public void writeHeader(Writer out) throws IOException {
        if (this == CSV) {
            out.write(String.join(",", COLUMNS) + "\r\n");
        }
    }

    public void writeRow(Writer out, Disagreement d) throws IOException {
        if (this == CSV) {
            out.write(String.join(",", String.valueOf(d.comparisonNo()), d.timestamp().toString(),
                    AuditCsv.cell(d.primaryResultJson() == null ? "" : d.primaryResultJson()),
                    AuditCsv.cell(d.shadowResultJson() == null ? "" : d.shadowResultJson()),
                    String.valueOf(ms(d.primaryLatency())), String.valueOf(ms(d.shadowLatency())),
                    String.valueOf(ms(d.latencyDifference()))) + "\r\n");
            return;
        }
        out.write(json(d).toString() + "\n");
    }

    /** One disagreement as a JSON object with the {@link #COLUMNS} keys. */
    public static ObjectNode json(Disagreement d) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode();
        node.put("comparison_no", d.comparisonNo());
        node.put("timestamp", d.timestamp().toString());
        node.set("primary_result", result(d.primaryResultJson()));
        node.set("shadow_result", result(d.shadowResultJson()));
        node.put("primary_latency_ms", ms(d.primaryLatency()));
        node.put("shadow_latency_ms", ms(d.shadowLatency()));
        node.put("difference_ms", ms(d.latencyDifference()));
        return node;
    }

    private static JsonNode result(String json) {
        if (json == null) {
            return JsonFiles.MAPPER.nullNode();
        }
        JsonNode node = ResultText.parse(json);
        return node == null ? JsonFiles.MAPPER.getNodeFactory().textNode(json) : node;
    }

    private static double ms(double seconds) {
        return Math.round(seconds * 1e6) / 1e3;
    }
}
