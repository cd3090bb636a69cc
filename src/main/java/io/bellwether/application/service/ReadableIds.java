package io.bellwether.application.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

/**
 * Ids in the guide's style ({@code deploy_YYYYmmdd_HHMMSS_model_version}, {@code shadow_YYYYmmdd_HHMMSS}),
 * made unique with a {@code _2}, {@code _3}… suffix when the second is already taken.
 */
final class ReadableIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")
            .withZone(ZoneOffset.UTC);

    private ReadableIds() {
    }

    static String deploymentId(Instant at, String modelName, String modelVersion, Predicate<String> taken) {
        return unique("deploy_" + STAMP.format(at) + "_" + safe(modelName) + "_" + safe(modelVersion), taken);
    }

    static String shadowId(Instant at, Predicate<String> taken) {
        return unique("shadow_" + STAMP.format(at), taken);
    }

    private static String unique(String base, Predicate<String> taken) {
        String candidate = base;
        for (int suffix = 2; taken.test(candidate); suffix++) {
            candidate = base + "_" + suffix;
        }
        return candidate;
    }

    /**
     * Keeps ids printable and shell-friendly: anything but letters, digits, '.', '-' becomes '_'; at most
     * 180 characters, so two parts, the time and a suffix fit the 400 characters of an id.
     */
    private static String safe(String part) {
        String safe = part.trim().replaceAll("[^A-Za-z0-9.\\-]", "_");
        return safe.length() <= 180 ? safe : safe.substring(0, 180);
    }
}
