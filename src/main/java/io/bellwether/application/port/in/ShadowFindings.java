package io.bellwether.application.port.in;

import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowEvidence;
import io.bellwether.domain.ShadowReport;

/**
 * A shadow read once: its report (the guide's, which decides), the statistical evidence of the same
 * comparisons, and those comparisons as columns in time order (what the charts draw).
 */
public record ShadowFindings(ShadowReport report, ShadowEvidence evidence, ShadowComparisonColumns columns) {
    public static final ShadowFindings NONE =
            new ShadowFindings(ShadowReport.EMPTY, ShadowEvidence.NONE, ShadowComparisonColumns.EMPTY);
}
