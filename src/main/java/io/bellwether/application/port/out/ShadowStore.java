package io.bellwether.application.port.out;

import io.bellwether.domain.Disagreement;
import io.bellwether.domain.DisagreementFilter;
import io.bellwether.domain.DisagreementPairCount;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: shadow deployments and their append-only comparisons. */
public interface ShadowStore {

    Optional<ShadowDeployment> find(String shadowId);

    boolean exists(String shadowId);

    void insert(ShadowDeployment shadow);

    /** Newest first. */
    List<ShadowDeployment> list();

    /** An appender for the shadow's comparisons inside this transaction; empty when there is no such shadow. */
    Optional<ComparisonAppender> appender(String shadowId);

    /** Oldest first; null bounds are open; {@code to} is inclusive. */
    List<ShadowComparison> comparisons(String shadowId, Instant fromOrNull, Instant toOrNull);

    long count(String shadowId);

    /**
     * Time, both latencies and agreement of every comparison, oldest first, read in bulk; no object
     * per comparison.
     */
    ShadowComparisonColumns columns(String shadowId);

    /** One page of the disagreements under the filter, newest first, read from the disagreement index. */
    List<Disagreement> disagreements(String shadowId, DisagreementFilter filter, long offset, int limit);

    long countDisagreements(String shadowId, DisagreementFilter filter);

    /** Disagreements per (primary, shadow) result pair under the filter, whatever its pair; most first. */
    List<DisagreementPairCount> disagreementPairs(String shadowId, DisagreementFilter filter);
}
