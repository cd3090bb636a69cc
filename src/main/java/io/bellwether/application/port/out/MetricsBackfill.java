package io.bellwether.application.port.out;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Port: a monitoring server started over recorded samples and stopped by closing it (the drills' backfilled
 * Prometheus, which the {@link MetricsSource} then queries as it queries production).
 */
public interface MetricsBackfill {

    /**
     * Stores {@code families} and serves them on 127.0.0.1 until the result is closed; bounded in time.
     *
     * @throws UnavailableException when the server is not installed, does not start or is not ready in time
     */
    Served serve(List<Family> families);

    /** Throws {@link UnavailableException} ({@code NOT_INSTALLED}) at once when the server is not installed. */
    void requireInstalled();

    enum Type { GAUGE, COUNTER, SUMMARY }

    /** One metric family and its samples (full sample names, e.g. {@code ..._count}), in any order. */
    record Family(String name, Type type, List<Sample> samples) {
        public Family {
            samples = List.copyOf(samples);
        }
    }

    /** One sample of one series at a time. */
    record Sample(String name, Map<String, String> labels, double value, Instant at) {
        public Sample {
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }
    }

    /** A running server over the backfilled samples; closing it stops the server and removes its storage. */
    interface Served extends AutoCloseable {
        URI url();

        @Override
        void close();
    }

    /** The server could not be started; the message is one line that says what to do. */
    final class UnavailableException extends RuntimeException {
        public enum Reason { NOT_INSTALLED, NOT_READY, FAILED }

        private final Reason reason;

        public UnavailableException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
