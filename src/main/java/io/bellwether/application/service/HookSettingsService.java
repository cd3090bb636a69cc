package io.bellwether.application.service;

import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.application.port.in.TrafficHookSettings;
import io.bellwether.application.port.out.TrafficEvent;
import io.bellwether.application.port.out.TrafficHooks;
import io.bellwether.application.port.out.WorkspaceStore;
import io.bellwether.domain.Checks;
import io.bellwether.domain.InvalidInputException;
import java.util.List;
import java.util.Map;

/** {@link TrafficHookSettings} over the workspace's hook settings; a test call goes through its {@link TrafficHooks}. */
record HookSettingsService(WorkspaceStore store, TrafficHooks hooks, AuditChain chain) implements TrafficHookSettings {
    static final String TEST_DEPLOYMENT = "bellwether-hook-test";

    @Override
    public List<HookSettings> all() {
        return store.read(tx -> tx.hookSettings().all());
    }

    @Override
    public HookSettings effective(String environment) {
        Checks.name("environment", environment);
        return store.read(tx -> tx.hookSettings().effective(environment));
    }

    @Override
    public void set(HookSettings changed, String operator) {
        if (changed == null) {
            throw new InvalidInputException("hook settings", null, "are required");
        }
        Checks.name("operator", operator);
        chain.configurationChanged(store, operator, "traffic_hook_settings", changed.environment(),
                "set_traffic_hook", tx -> {
                    Map<String, Object> details = Rows.details("previous", tx.hookSettings()
                            .find(changed.environment()).map(HookSettings::shown).orElse(null),
                            "settings", changed.shown());
                    tx.hookSettings().put(changed, operator, chain.now());
                    return details;
                });
    }

    @Override
    public HookCall test(String environment, String operator) {
        Checks.name("environment", environment);
        Checks.name("operator", operator);
        TrafficEvent event = new TrafficEvent(TrafficAction.TEST, TEST_DEPLOYMENT, TEST_DEPLOYMENT, "0", environment,
                "canary", 0.0, null, "connectivity test", operator, chain.now());
        return hooks.call(null, event, false);
    }
}
