package io.bellwether.cli;

import io.bellwether.domain.Durations;
import io.bellwether.domain.InvalidInputException;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Duration options: 500ms, 30s, 2m or ISO-8601; the refusal is named after the option by {@link OneLineErrors}. */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String text) {
        try {
            return Durations.parse("", text);
        } catch (InvalidInputException e) {
            throw new TypeConversionException(e.getMessage().trim());
        }
    }
}
