package io.bellwether.ui.health;

/** A horizontal line on a chart: a baseline or a rollback threshold, in the chart's unit. */
public record ThresholdLine(String label, double value) {
}
