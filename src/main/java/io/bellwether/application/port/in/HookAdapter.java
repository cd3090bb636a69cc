package io.bellwether.application.port.in;

import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.WireName;

/** How an environment's traffic is moved: not at all (record only), by a local program, or by a webhook. */
public enum HookAdapter implements WireName {
    NONE, COMMAND, HTTP;

    public static HookAdapter fromValue(String text) {
        for (HookAdapter adapter : values()) {
            if (adapter.value().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return adapter;
            }
        }
        throw new InvalidInputException("adapter", text, "must be one of none, command, http");
    }
}
