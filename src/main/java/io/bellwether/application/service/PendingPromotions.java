package io.bellwether.application.service;

import io.bellwether.application.port.in.AttentionQueue.Item;
import io.bellwether.application.port.in.AttentionQueue.Kind;
import io.bellwether.application.port.out.RegistryTransaction;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.PromotionRequest;
import io.bellwether.domain.PromotionStatus;
import io.bellwether.domain.ShadowDeployment;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The registry's promotion requests awaiting a reviewer, each leading to the newest shadow deployment that
 * ran the version (else its newest deployment), where the Review tab shows its evidence.
 */
final class PendingPromotions implements AttentionSource {

    @Override
    public List<Item> waiting(RegistryTransaction tx, Instant now) {
        List<PromotionRequest> pending = tx.models().requests(PromotionStatus.PENDING);
        if (pending.isEmpty()) {
            return List.of();
        }
        List<ShadowDeployment> shadows = tx.shadows().list();
        List<Deployment> deployments = tx.deployments().list(null, null);
        return pending.stream().map(r -> new Item(Kind.PENDING_PROMOTION, r.modelRef(),
                shownAt(r.modelRef(), shadows, deployments), null,
                r.fromStage().value() + " \u2192 " + r.targetStage().value() + " requested by " + r.requestedBy()
                        + ": " + r.justification().strip().replaceAll("\\s*\\R\\s*", " "), r.requestedAt())).toList();
    }

    private static String shownAt(String modelRef, List<ShadowDeployment> shadows, List<Deployment> deployments) {
        return shadows.stream().filter(s -> s.shadowModel().equals(modelRef))
                .max(Comparator.comparing(ShadowDeployment::createdAt)).map(ShadowDeployment::shadowId)
                .orElseGet(() -> deployments.stream().filter(d -> d.modelRef().equals(modelRef))
                        .max(Comparator.comparing(Deployment::createdAt)).map(Deployment::deploymentId).orElse(null));
    }
}
