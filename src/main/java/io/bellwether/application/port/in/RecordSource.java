package io.bellwether.application.port.in;

import java.util.function.Consumer;

/**
 * Records pushed one at a time, e.g. while a file is read, into a transaction that stores each as it
 * comes; throwing refuses the whole source.
 *
 * @param <T> what is recorded (a shadow comparison, a health check)
 * @param <E> what reading the source may fail with
 */
@FunctionalInterface
public interface RecordSource<T, E extends Exception> {

    void emit(Consumer<T> sink) throws E;
}
