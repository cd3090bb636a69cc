package io.bellwether.ui.health;

import io.bellwether.application.port.in.DeploymentQueries;
import io.bellwether.domain.HealthCheck;
import java.util.List;
import java.util.Locale;

/**
 * The stored health checks the Health history screen draws, the newest {@value #SHOWN} of them, and how
 * many are stored: a deployment checked every 10 s for a year has 3 million, which no chart or table
 * needs at once and no console heap should hold.
 */
record StoredChecks(List<HealthCheck> newest, long total) {
    static final int SHOWN = 5_000;

    static StoredChecks of(DeploymentQueries deployments, String deploymentId) {
        List<HealthCheck> read = deployments.latestHealthChecks(deploymentId, null, null, SHOWN + 1);
        if (read.size() <= SHOWN) {
            return new StoredChecks(read, read.size());
        }
        return new StoredChecks(List.copyOf(read.subList(1, read.size())), deployments.healthCheckCount(deploymentId));
    }

    boolean thinned() {
        return total > newest.size();
    }

    /** "1 health check", "43 health checks", "2,000,000 health checks, the newest 5,000 shown". */
    String heading() {
        String count = total == 1 ? "1 health check" : String.format(Locale.ROOT, "%,d health checks", total);
        return thinned() ? count + String.format(Locale.ROOT, ", the newest %,d shown", newest.size()) : count;
    }

    /** What "the chart shows the …" ends with: "stored health check", "43 stored health checks", "newest 5,000 of …". */
    String shownInChart() {
        if (thinned()) {
            return String.format(Locale.ROOT, "newest %,d of %,d stored health checks", newest.size(), total);
        }
        return total == 1 ? "stored health check" : String.format(Locale.ROOT, "%,d stored health checks", total);
    }

    /** "Stored health checks (43)", "Stored health checks (the newest 5,000 of 2,000,000)". */
    String source() {
        String count = thinned() ? String.format(Locale.ROOT, "the newest %,d of %,d", newest.size(), total)
                : String.format(Locale.ROOT, "%,d", total);
        return "Stored health checks (" + count + ")";
    }
}
