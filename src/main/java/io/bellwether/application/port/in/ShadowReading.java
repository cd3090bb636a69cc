package io.bellwether.application.port.in;

import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowReport;

/**
 * A shadow deployment read once for its screen: the guide's report and the comparisons it was computed
 * from, as columns in time order (the charts draw them).
 */
public record ShadowReading(ShadowReport report, ShadowComparisonColumns columns) {
}
