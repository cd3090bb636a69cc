package io.bellwether.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellwether.domain.LatencySummary;
import io.bellwether.domain.ShadowReport;

/**
 * The guide's compare_shadow_deployment keys: total_requests, agreement_rate, primary_latency and
 * shadow_latency {mean, p50, p95, p99}, average_latency_diff; an empty report has no latency objects.
 */
public final class ShadowReportJson {
    private ShadowReportJson() {
    }

    public static ObjectNode write(ShadowReport report) {
        ObjectNode node = JsonFiles.MAPPER.createObjectNode();
        node.put("total_requests", report.totalRequests());
        node.put("agreement_rate", report.agreementRate());
        if (!report.isEmpty()) {
            summary(node.putObject("primary_latency"), report.primaryLatency());
            summary(node.putObject("shadow_latency"), report.shadowLatency());
        }
        node.put("average_latency_diff", report.averageLatencyDiff());
        return node;
    }

    private static void summary(ObjectNode node, LatencySummary latency) {
        node.put("mean", latency.mean());
        node.put("p50", latency.p50());
        node.put("p95", latency.p95());
        node.put("p99", latency.p99());
    }
}
