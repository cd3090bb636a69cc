package io.bellwether.application.port.out;

import io.bellwether.domain.ShadowComparison;

/**
 * Appends one shadow's comparisons inside the current store transaction, in bounded memory: full
 * segments are written as they fill; what is left goes to the open tail on {@link #finish()}.
 */
public interface ComparisonAppender {

    /** @return how many comparisons of this appender the store has been handed so far */
    long add(ShadowComparison comparison);

    /** Writes what is still buffered and the shadow's new count; @return the comparisons appended. */
    long finish();
}
