package io.bellwether.application.service;

import io.bellwether.application.port.in.AttentionQueue.Item;
import io.bellwether.application.port.in.AttentionQueue.Kind;
import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.out.RegistryTransaction;
import io.bellwether.domain.Deployment;
import io.bellwether.domain.DeploymentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deployments whose traffic-hook calls failed with no successful call after them: waiting since the first
 * of those failures, the reason naming the latest. A cancelled or failed deployment waits only for a failed
 * rollback hook (its traffic may not have moved back).
 */
final class FailedHooks implements AttentionSource {

    @Override
    public List<Item> waiting(RegistryTransaction tx, Instant now) {
        List<Item> items = new ArrayList<>();
        for (Deployment d : tx.deployments().list(null, null)) {
            List<HookCall> calls = tx.hookCalls().forDeployment(d.deploymentId());
            int first = calls.size();
            while (first > 0 && !calls.get(first - 1).succeeded()) {
                first--;
            }
            if (first == calls.size()) {
                continue;
            }
            HookCall last = calls.get(calls.size() - 1);
            if (abandoned(d) && !last.action().isRollback()) {
                continue;
            }
            int failures = calls.size() - first;
            items.add(new Item(Kind.FAILED_HOOK, d.deploymentId(), d.deploymentId(), last.environment(),
                    last.action().value() + " hook failed" + (failures == 1 ? "" : " " + failures + " times")
                            + ", last at " + AttentionSource.shown(last.calledAt()) + ": " + last.outcome().summary(),
                    calls.get(first).calledAt()));
        }
        return items;
    }

    private static boolean abandoned(Deployment d) {
        return d.status() == DeploymentStatus.CANCELLED || d.status() == DeploymentStatus.FAILED;
    }
}
