package io.bellwether.application.port.in;

import io.bellwether.domain.ShadowEvidence;
import io.bellwether.domain.ShadowReport;

/** A shadow's report (the guide's, which decides) and the statistical evidence of the same comparisons. */
public record ShadowFindings(ShadowReport report, ShadowEvidence evidence) {
}
