package io.bellwether.application.port.in;

import io.bellwether.domain.ShadowComparison;
import java.util.function.Consumer;

/**
 * Comparisons pushed one at a time, e.g. while a file is read; throwing refuses the whole source.
 *
 * @param <E> what reading the source may fail with
 */
@FunctionalInterface
public interface ComparisonSource<E extends Exception> {

    void emit(Consumer<ShadowComparison> sink) throws E;
}
