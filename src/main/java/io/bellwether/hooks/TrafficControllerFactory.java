package io.bellwether.hooks;

import io.bellwether.application.port.in.HookSettings;
import java.util.function.UnaryOperator;

/**
 * Service-provider interface the hooks adapter layer implements (registered in META-INF/services), so
 * the application names no adapter.
 */
public interface TrafficControllerFactory {

    /**
     * The controller the settings describe; cheap, one per call. {@code environmentVariables} resolves
     * the {@code ${env:NAME}} references in header values.
     */
    TrafficController create(HookSettings settings, UnaryOperator<String> environmentVariables);
}
