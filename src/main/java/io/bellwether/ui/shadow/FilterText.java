package io.bellwether.ui.shadow;

import io.bellwether.domain.InvalidInputException;
import io.bellwether.ui.common.DisplayFormats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The browser's filter fields as typed: times "yyyy-MM-dd HH:mm[:ss]" (local) and milliseconds; blank is none. */
final class FilterText {
    private FilterText() {
    }

    static Instant time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DisplayFormats.parseTime(text, ZoneId.systemDefault());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "\"" + text.strip() + "\"", "must be a time like 2026-03-14 09:30");
        }
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
