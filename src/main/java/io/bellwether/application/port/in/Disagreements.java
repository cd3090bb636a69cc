package io.bellwether.application.port.in;

import io.bellwether.domain.Disagreement;
import io.bellwether.domain.DisagreementFilter;
import java.util.function.Consumer;

/**
 * The disagreement browser: a shadow's disagreeing comparisons, newest first, a page at a time (the
 * store reads that page, never the whole set), their summary per result pair, and every one of
 * them for an export. An unknown shadow is a {@link NotFoundException}.
 */
public interface Disagreements {
    int MAX_PAGE_SIZE = 1_000;

    /**
     * Page {@code page} (from 1) of {@code pageSize} (1 to {@value #MAX_PAGE_SIZE}). A page past the
     * end is bad input; page 1 of none is an empty page.
     */
    DisagreementPage page(String shadowId, DisagreementFilter filter, int page, int pageSize);

    /** Counts per result pair (the filter's pair ignored): a confusion table, a distribution or neither. */
    DisagreementSummary summary(String shadowId, DisagreementFilter filter);

    /** Every disagreement under the filter, newest first, read a page at a time; returns how many. */
    long each(String shadowId, DisagreementFilter filter, Consumer<Disagreement> sink);
}
