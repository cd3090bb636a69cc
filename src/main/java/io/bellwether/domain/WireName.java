package io.bellwether.domain;

import java.util.Locale;

/** An enum whose wire name (the guide's, and the JSON's, CSV's and hooks') is its constant's name in lower case. */
public interface WireName {

    /** The constant's name, as every enum has it. */
    String name();

    /** The wire name: {@code IN_PROGRESS} is {@code in_progress}. */
    default String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
