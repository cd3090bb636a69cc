package io.bellwether.application;

/** A workspace whose deployment service calls the traffic controllers; see {@link TrafficHooks}. */
public interface HookedWorkspace extends Workspace {

    @Override
    HookedDeploymentService deployments();

    HookSettingsService trafficHooks();
}
