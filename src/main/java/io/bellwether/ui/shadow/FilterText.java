package io.bellwether.ui.shadow;

import io.bellwether.domain.InvalidInputException;
import io.bellwether.ui.common.DisplayFormats;
import java.time.Instant;

/** The browser's filter fields as typed: milliseconds, blank for none, and the times shown as they are typed. */
final class FilterText {
    private FilterText() {
    }

    static Double millis(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("slower_by_ms", "\"" + text.strip() + "\"", "must be a number of ms");
        }
    }

    static String format(Instant at) {
        return DisplayFormats.time(at);
    }
}
