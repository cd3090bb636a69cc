package io.bellwether.application;

/**
 * Service-provider interface the hooks adapter layer implements (registered in META-INF/services), so
 * the application names no adapter.
 */
public interface TrafficControllerFactory {

    /** The controller the settings describe; cheap, one per call. */
    TrafficController create(HookSettings settings);
}
