package io.bellwether.application.service;

import io.bellwether.application.port.in.AttentionQueue;
import io.bellwether.application.port.out.ModelRegistryStore;
import io.bellwether.domain.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link AttentionQueue} over every {@link AttentionSource}, in one read transaction of the registry's store
 * (which sees the workspace's tables too). A new kind is one more source in {@link #SOURCES}.
 */
final class AttentionQueueService implements AttentionQueue {
    static final List<AttentionSource> SOURCES = List.of(new HeldCanaries(), new PendingPromotions(),
            new FailedHooks(), new StaleMetrics(), new FailedNotifications());
    private static final Comparator<Item> NEWEST_FIRST = Comparator.comparing(Item::since).reversed()
            .thenComparing(Item::kind).thenComparing(Item::target);

    private final ModelRegistryStore store;

    AttentionQueueService(ModelRegistryStore store) {
        this.store = store;
    }

    @Override
    public List<Item> waiting(Instant now) {
        if (now == null) {
            throw new InvalidInputException("now", null, "is required");
        }
        return store.read(tx -> {
            List<Item> items = new ArrayList<>();
            SOURCES.forEach(source -> items.addAll(source.waiting(tx, now)));
            items.sort(NEWEST_FIRST);
            return List.copyOf(items);
        });
    }
}
