package io.bellwether.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Instant options in ISO-8601 UTC; the refusal is named after the option by {@link OneLineErrors}. */
final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String text) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("must be an ISO instant, e.g. 2026-03-14T00:00:00Z (got " + text + ")");
        }
    }
}
