package io.bellwether.application.port.in;

import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.WireName;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The lifecycle steps a traffic controller is called for; {@link #value()} is the event name hooks receive. */
public enum TrafficAction implements WireName {
    START, STAGE_CHANGE, COMPLETE, ROLLBACK, EMERGENCY_ROLLBACK, AUTOMATED_ROLLBACK,
    /** A call made by {@code bellwether hooks test}, for no deployment. */
    TEST;

    public boolean isRollback() {
        return this == ROLLBACK || this == EMERGENCY_ROLLBACK || this == AUTOMATED_ROLLBACK;
    }

    public static TrafficAction fromValue(String text) {
        for (TrafficAction action : values()) {
            if (action.value().equals(text)) {
                return action;
            }
        }
        throw new InvalidInputException("traffic event", text, "must be one of "
                + Arrays.stream(values()).map(TrafficAction::value).collect(Collectors.joining(", ")));
    }
}
