package io.bellwether.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the guide's lower-case enum names (and the Java constant names) with a clear error. */
public final class WireNames {
    private WireNames() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, text, "is required");
        }
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalized)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new InvalidInputException(field, text, "must be one of " + allowed);
    }
}
