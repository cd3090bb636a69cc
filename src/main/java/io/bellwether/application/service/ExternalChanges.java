package io.bellwether.application.service;

import io.bellwether.application.port.in.WorkspaceChanges;
import io.bellwether.application.port.out.StoreChanges;
import java.util.function.Consumer;

/** The workspace's {@link WorkspaceChanges}: what its store hears of other writers' commits. */
final class ExternalChanges implements WorkspaceChanges {
    private final StoreChanges store;

    ExternalChanges(StoreChanges store) {
        this.store = store;
    }

    @Override
    public boolean live() {
        return store.live();
    }

    @Override
    public StoreChanges.Subscription onExternalChange(Consumer<String> changed) {
        return store.subscribe(changed);
    }
}
