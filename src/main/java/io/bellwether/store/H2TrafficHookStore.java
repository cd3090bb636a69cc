package io.bellwether.store;

import io.bellwether.application.port.out.HookOutcomeStore;
import io.bellwether.application.port.out.HookSettingsStore;
import io.bellwether.application.port.out.TrafficHookStore;

















/** The traffic hook tables of a workspace file, on their own connection. */
final class H2TrafficHookStore {
    private H2TrafficHookStore() {
    }

    static TrafficHookStore open(DatabaseFile file) {
        HookDatabase db = HookDatabase.open(file);
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
