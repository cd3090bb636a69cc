package io.bellwether.application.port.out;

/** Port: where hook outcomes and settings live, beside a workspace; closed before the workspace. */
public interface TrafficHookStore extends AutoCloseable {

    HookOutcomeStore outcomes();

    HookSettingsStore settings();

    @Override
    void close();
}
