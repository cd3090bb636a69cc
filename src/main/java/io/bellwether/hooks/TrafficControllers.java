package io.bellwether.hooks;

import io.bellwether.application.port.in.HookSettings;
import java.util.function.UnaryOperator;

/** The adapter for each kind of settings; registered in META-INF/services. */
public final class TrafficControllers implements TrafficControllerFactory {

    @Override
    public TrafficController create(HookSettings settings, UnaryOperator<String> environmentVariables) {
        return switch (settings.adapter()) {
            case NONE -> new NoTrafficController();
            case COMMAND -> new CommandTrafficController(settings.command(), settings.timeout());
            case HTTP -> new HttpTrafficController(settings.url(), settings.headers(), settings.connectTimeout(),
                    settings.timeout(), environmentVariables);
        };
    }
}
