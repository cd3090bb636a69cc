package io.bellwether.application.service;

import io.bellwether.application.port.in.Disagreements;
import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.RecordSource;
import io.bellwether.application.port.in.ShadowComparisons;
import io.bellwether.application.port.in.ShadowFindings;
import io.bellwether.application.port.out.ComparisonAppender;
import io.bellwether.application.port.out.StoreTransaction;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Checks;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowEvidence;
import io.bellwether.domain.ShadowReport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * {@link ShadowComparisons} over a {@link WorkspaceStore}. A single comparison is a measurement, not
 * a state change, and is not audited (it must stay a cheap append); a batch writes one
 * SHADOW_COMPARISONS_RECORDED event. A batch or a stream is appended through the store's bounded
 * appender, so a file of any size is one transaction in constant memory.
 */
record ShadowService(WorkspaceStore store, AuditChain audit) implements ShadowComparisons {

    @Override
    public ShadowDeployment shadowDeploy(String primaryModel, String shadowModel, double trafficPercentage,
                                         String actor) {
        Checks.name("actor", actor);
        modelRef("primary_model", primaryModel);
        modelRef("shadow_model", shadowModel);
        if (primaryModel.equals(shadowModel)) {
            throw new InvalidInputException("shadow_model", "\"" + shadowModel + "\"",
                    "must differ from the primary model");
        }
        return store.write(tx -> {
            Instant now = audit.now();
            String id = ReadableIds.shadowId(now, tx.shadows()::exists);
            ShadowDeployment shadow = new ShadowDeployment(id, primaryModel, shadowModel, trafficPercentage, now);
            tx.shadows().insert(shadow);
            audit.append(tx, EventType.SHADOW_DEPLOYMENT_CREATED, EventSeverity.INFO, actor, Rows.SHADOW, id,
                    "create", Rows.details("primary_model", primaryModel, "shadow_model", shadowModel,
                            "traffic_percentage", trafficPercentage));
            return shadow;
        });
    }

    @Override
    public void recordShadowComparison(String shadowId, Object primaryResult, Object shadowResult,
                                       double primaryLatency, double shadowLatency, boolean agreement) {
        ShadowComparison comparison = new ShadowComparison(audit.now(), resultJson("primary_result", primaryResult),
                resultJson("shadow_result", shadowResult), primaryLatency, shadowLatency, agreement);
        store.write(tx -> {
            ComparisonAppender appender = appender(tx, shadowId);
            appender.add(comparison);
            return appender.finish();
        });
    }

    private static ComparisonAppender appender(StoreTransaction tx, String shadowId) {
        return (shadowId == null ? Optional.<ComparisonAppender>empty() : tx.shadows().appender(shadowId))
                .orElseThrow(() -> new NotFoundException("Shadow deployment", shadowId == null ? "(no id)" : shadowId));
    }

    private static String resultJson(String field, Object result) {
        return result == null ? null : Json.write(field, result);
    }

    @Override
    public void recordShadowComparisons(String shadowId, List<ShadowComparison> batch, String actor) {
        if (batch == null || batch.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("comparisons", batch == null ? null : "a list with a null entry",
                    "must be a list of comparisons");
        }
        recordShadowComparisons(shadowId, batch::forEach, actor, written -> { });
    }

    @Override
    public <E extends Exception> long recordShadowComparisons(String shadowId, RecordSource<ShadowComparison, E> source,
                                                              String actor, LongConsumer rowsWritten) throws E {
        Checks.name("actor", actor);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rowsWritten, "rowsWritten");
        try {
            long recorded = store.write(tx -> {
                ComparisonAppender appender = appender(tx, shadowId);
                long[] agreements = {0};
                long[] written = {0};
                SourceFailure.run(() -> source.emit(comparison -> {
                    if (comparison == null) {
                        throw new InvalidInputException("comparison", null, "is required");
                    }
                    agreements[0] += comparison.agreement() ? 1 : 0;
                    long handed = appender.add(comparison);
                    if (handed != written[0]) {
                        written[0] = handed;
                        rowsWritten.accept(handed);
                    }
                }));
                long count = appender.finish();
                if (count > 0) {
                    audit.append(tx, EventType.SHADOW_COMPARISONS_RECORDED, EventSeverity.INFO, actor, Rows.SHADOW,
                            shadowId, "record_comparisons", Rows.details("count", count, "agreements", agreements[0]));
                }
                return count;
            });
            rowsWritten.accept(recorded);
            return recorded;
        } catch (SourceFailure failure) {
            throw failure.<E>cause();
        }
    }

    @Override
    public Disagreements disagreements() {
        return new DisagreementService(store);
    }

    @Override
    public ShadowReport compareShadowDeployment(String shadowId) {
        ShadowComparisonColumns columns = columns(shadowId);
        // The columns were read for this report alone: the percentiles may reorder them in place.
        return ShadowReport.compute(columns.primaryLatency(), columns.shadowLatency(), columns.agreements());
    }

    @Override
    public ShadowFindings compareWithEvidence(String shadowId) {
        ShadowComparisonColumns columns = columns(shadowId);
        ShadowReport report = ShadowReport.compute(columns.primaryLatency().clone(), columns.shadowLatency().clone(),
                columns.agreements());
        return new ShadowFindings(report, ShadowEvidence.of(columns), columns);
    }

    private ShadowComparisonColumns columns(String shadowId) {
        return store.read(tx -> {
            Rows.requireShadow(tx, shadowId);
            return tx.shadows().columns(shadowId);
        });
    }

    private static void modelRef(String field, String ref) {
        Checks.name(field, ref);
        int colon = ref.indexOf(':');
        if (colon <= 0 || colon == ref.length() - 1) {
            throw new InvalidInputException(field, "\"" + ref + "\"", "must be name:version");
        }
    }
}
