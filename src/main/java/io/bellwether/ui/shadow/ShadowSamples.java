package io.bellwether.ui.shadow;

import io.bellwether.domain.ShadowComparisonColumns;

/**
 * The comparisons of one shadow deployment as parallel primitive columns, oldest first:
 * time in epoch seconds, latencies in seconds, agreement. Columns may be longer than {@code size}.
 */
public record ShadowSamples(int size, double[] times, double[] primary, double[] shadow, boolean[] agreement) {

    public ShadowSamples {
        if (size < 0 || times.length < size || primary.length < size || shadow.length < size || agreement.length < size) {
            throw new IllegalArgumentException("shadow sample columns shorter than size " + size);
        }
    }

    public static ShadowSamples of(ShadowComparisonColumns columns) {
        return new ShadowSamples(columns.size(), columns.epochSeconds(), columns.primaryLatency(),
                columns.shadowLatency(), columns.agreement());
    }
}
