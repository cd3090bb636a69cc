package io.bellwether.application.port.in;

import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowReport;
import java.util.List;
import java.util.function.LongConsumer;

/** The guide's shadow deployments: created (audited), fed with comparisons, and judged. */
public interface ShadowComparisons {

    ShadowDeployment shadowDeploy(String primaryModel, String shadowModel, double trafficPercentage, String actor);

    /** One measurement: a cheap append, not audited. */
    void recordShadowComparison(String shadowId, Object primaryResult, Object shadowResult,
                                double primaryLatency, double shadowLatency, boolean agreement);

    /** Records the whole batch in one transaction with one audit event, or nothing. */
    void recordShadowComparisons(String shadowId, List<ShadowComparison> batch, String actor);

    /**
     * Streams the source's comparisons into the shadow in one transaction with one audit event, or
     * nothing when the source throws (its exception is rethrown as it is), in bounded memory whatever
     * its length. {@code rowsWritten} is told the running count each time the store is handed a
     * segment, and the total at the end.
     *
     * @return how many comparisons were recorded
     */
    <E extends Exception> long recordShadowComparisons(String shadowId, RecordSource<ShadowComparison, E> source, String actor,
                                                       LongConsumer rowsWritten) throws E;

    /** The report, from one bulk pass over the stored segments. */
    ShadowReport compareShadowDeployment(String shadowId);

    /**
     * The report, the statistical evidence beside it and the comparisons they were computed from (as
     * columns in time order, for the charts), from one read of the stored segments.
     */
    ShadowFindings compareWithEvidence(String shadowId);

    /** The disagreement browser over these shadows' comparisons. */
    Disagreements disagreements();
}
