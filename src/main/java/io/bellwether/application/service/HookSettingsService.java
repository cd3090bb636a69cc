package io.bellwether.application.service;

import io.bellwether.application.port.in.AuditTrail;
import io.bellwether.application.port.in.HookCall;
import io.bellwether.application.port.in.HookSettings;
import io.bellwether.application.port.in.TrafficAction;
import io.bellwether.application.port.in.TrafficHookSettings;
import io.bellwether.application.port.out.HookSettingsStore;
import io.bellwether.application.port.out.TrafficEvent;
import io.bellwether.application.port.out.TrafficHooks;
import io.bellwether.domain.Checks;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link TrafficHookSettings} over the hook settings store; a test call goes through the workspace's {@link TrafficHooks}. */
final class HookSettingsService implements TrafficHookSettings {
    static final String TEST_DEPLOYMENT = "bellwether-hook-test";

    private final HookSettingsStore settings;
    private final TrafficHooks hooks;
    private final AuditTrail audit;
    private final AuditChain clock;

    HookSettingsService(HookSettingsStore settings, TrafficHooks hooks, AuditTrail audit, AuditChain clock) {
        this.settings = settings;
        this.hooks = hooks;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<HookSettings> all() {
        return settings.all();
    }

    @Override
    public HookSettings effective(String environment) {
        Checks.required("environment", environment);
        return settings.effective(environment);
    }

    @Override
    public void set(HookSettings changed, String operator) {
        if (changed == null) {
            throw new io.bellwether.domain.InvalidInputException("hook settings", null, "are required");
        }
        Checks.required("operator", operator);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("previous", settings.find(changed.environment()).map(HookSettings::shown).orElse(null));
        details.put("settings", changed.shown());
        settings.put(changed, operator, clock.now());
        audit.log(EventType.CONFIGURATION_CHANGED, EventSeverity.INFO, operator, "traffic_hook_settings",
                changed.environment(), "set_traffic_hook", details);
    }

    @Override
    public HookCall test(String environment, String operator) {
        Checks.required("environment", environment);
        Checks.required("operator", operator);
        TrafficEvent event = new TrafficEvent(TrafficAction.TEST, TEST_DEPLOYMENT, TEST_DEPLOYMENT, "0", environment,
                "canary", 0.0, null, "connectivity test", operator, clock.now());
        return hooks.call(null, event, false);
    }
}
