package io.bellwether.application;

import io.bellwether.domain.Checks;
import io.bellwether.domain.EventSeverity;
import io.bellwether.domain.EventType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads, changes (audited as CONFIGURATION_CHANGED, secrets masked) and tries the traffic-controller settings. */
public final class HookSettingsService {
    static final String TEST_DEPLOYMENT = "bellwether-hook-test";

    private final HookSettingsStore settings;
    private final HookCaller hooks;
    private final AuditTrail audit;

    HookSettingsService(HookSettingsStore settings, HookCaller hooks, AuditTrail audit) {
        this.settings = settings;
        this.hooks = hooks;
        this.audit = audit;
    }

    /** The settings stored per environment, sorted by environment. */
    public List<HookSettings> all() {
        return settings.all();
    }

    /** What a deployment in {@code environment} calls: its own settings, else the "*" ones, else none. */
    public HookSettings effective(String environment) {
        Checks.required("environment", environment);
        return hooks.settingsFor(environment);
    }

    public void set(HookSettings changed, String operator) {
        if (changed == null) {
            throw new io.bellwether.domain.InvalidInputException("hook settings", null, "are required");
        }
        Checks.required("operator", operator);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("previous", settings.find(changed.environment()).map(HookSettings::shown).orElse(null));
        details.put("settings", changed.shown());
        settings.put(changed, operator, hooks.now());
        audit.log(EventType.CONFIGURATION_CHANGED, EventSeverity.INFO, operator, "traffic_hook_settings",
                changed.environment(), "set_traffic_hook", details);
    }

    /**
     * Calls the environment's controller with a "test" event for no deployment (traffic 0, model
     * {@value #TEST_DEPLOYMENT}); the call is stored and audited like any other.
     */
    public HookCall test(String environment, String operator) {
        Checks.required("environment", environment);
        Checks.required("operator", operator);
        TrafficEvent event = new TrafficEvent(TrafficAction.TEST, TEST_DEPLOYMENT, TEST_DEPLOYMENT, "0", environment,
                "canary", 0.0, null, "connectivity test", operator, hooks.now());
        return hooks.call(null, event, false);
    }
}
