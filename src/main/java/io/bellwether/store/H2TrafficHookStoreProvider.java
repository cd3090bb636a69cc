package io.bellwether.store;

import io.bellwether.application.HookOutcomeStore;
import io.bellwether.application.HookSettingsStore;
import io.bellwether.application.TrafficHookStore;
import io.bellwether.application.TrafficHookStoreProvider;
import io.bellwether.application.Workspace;

/** Registered in META-INF/services: {@code TrafficHooks.open} finds the hook tables through it. */
public final class H2TrafficHookStoreProvider implements TrafficHookStoreProvider {

    @Override
    public TrafficHookStore open(Workspace workspace) {
        HookDatabase db = HookDatabase.open(DatabaseFile.of(workspace.location()));
        HookOutcomeStore outcomes = new JdbcHookOutcomeStore(db);
        HookSettingsStore settings = new JdbcHookSettingsStore(db);
        return new TrafficHookStore() {
            @Override
            public HookOutcomeStore outcomes() {
                return outcomes;
            }

            @Override
            public HookSettingsStore settings() {
                return settings;
            }

            @Override
            public void close() {
                db.close();
            }
        };
    }
}
