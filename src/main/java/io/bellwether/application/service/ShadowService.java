package io.bellwether.application.service;

import io.bellwether.application.port.in.ShadowComparisons;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Checks;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ShadowComparison;
import io.bellwether.domain.ShadowComparisonColumns;
import io.bellwether.domain.ShadowDeployment;
import io.bellwether.domain.ShadowReport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@link ShadowComparisons} over a {@link WorkspaceStore}. A single comparison is a measurement, not
 * a state change, and is not audited (it must stay a cheap append); a batch writes one
 * SHADOW_COMPARISONS_RECORDED event.
 */
public final class ShadowService implements ShadowComparisons {
    private final WorkspaceStore store;
    private final AuditChain audit;

    ShadowService(WorkspaceStore store, AuditChain audit) {
        this.store = store;
        this.audit = audit;
    }

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
            Rows.requireShadow(tx, shadowId);
            tx.shadows().appendComparisons(shadowId, List.of(comparison));
            return null;
        });
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
        Checks.name("actor", actor);
        long agreements = batch.stream().filter(ShadowComparison::agreement).count();
        store.write(tx -> {
            Rows.requireShadow(tx, shadowId);
            if (batch.isEmpty()) {
                return null;
            }
            tx.shadows().appendComparisons(shadowId, batch);
            audit.append(tx, EventType.SHADOW_COMPARISONS_RECORDED, EventSeverity.INFO, actor, Rows.SHADOW,
                    shadowId, "record_comparisons", Rows.details("count", batch.size(), "agreements", agreements));
            return null;
        });
    }

    @Override
    public ShadowReport compareShadowDeployment(String shadowId) {
        ShadowComparisonColumns columns = store.read(tx -> {
            Rows.requireShadow(tx, shadowId);
            return tx.shadows().columns(shadowId);
        });
        return ShadowReport.of(columns);
    }

    private static void modelRef(String field, String ref) {
        Checks.name(field, ref);
        int colon = ref.indexOf(':');
        if (colon <= 0 || colon == ref.length() - 1) {
            throw new InvalidInputException(field, "\"" + ref + "\"", "must be name:version");
        }
    }
}
