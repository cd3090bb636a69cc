package io.bellwether.domain;

/** Mean and percentiles of a latency sample, in seconds. */
public record LatencySummary(double mean, double p50, double p95, double p99) {
}
