package io.bellwether.application.port.out;

import io.bellwether.domain.HealthCheck;

/**
 * Appends one deployment's health checks inside the current store transaction; the deployment's count
 * of them is written once, on {@link #finish()}, so a batch of a million rewrites its row once.
 */
public interface HealthCheckAppender {

    void add(HealthCheck check);

    /** Writes the deployment's new count of checks; @return the checks appended. */
    long finish();
}
