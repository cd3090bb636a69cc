package io.bellwether.application.port.in;

import io.bellwether.domain.Durations;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.WireName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Use case: "Needs a human", everything across the workspace that waits for a person: held canaries,
 * pending promotion requests, failed traffic hooks and stale metric sources. It only reads.
 */
public interface AttentionQueue {

    /**
     * What waits at {@code now} (the caller's clock; ages are measured to it), the newest first. Unknown
     * {@code now} is refused.
     */
    List<Item> waiting(Instant now);

    /** What an item waits for; {@link #value()} is its JSON name, {@link #shown()} how people read it. */
    enum Kind implements WireName {
        /** An IN_PROGRESS canary held by a pause rule or by an operator. */
        PAUSED_CANARY,
        /** A canary paused after its consecutive-UNKNOWN limit. */
        INCONCLUSIVE_RUN,
        /** A model registry request awaiting approval. */
        PENDING_PROMOTION,
        /** A deployment whose latest traffic-hook calls failed, with no success after them. */
        FAILED_HOOK,
        /** A bound live deployment whose last Prometheus read failed or whose last sample is too old. */
        STALE_METRICS,
        /** A notification webhook delivery that failed and was not retried yet. */
        FAILED_NOTIFICATION;

        /** "paused canary", "stale metrics". */
        public String shown() {
            return value().replace('_', ' ');
        }
    }

    /**
     * One thing waiting: {@code target} is a deployment id or a model's "name:version";
     * {@code deploymentId} is where "go to" leads (for a promotion, a deployment of that version; null when
     * none); {@code environment} is null for a promotion; {@code since} is when it began to wait.
     */
    record Item(Kind kind, String target, String deploymentId, String environment, String reason, Instant since) {
        public Item {
            if (kind == null || target == null || reason == null || since == null) {
                throw new InvalidInputException("attention item", target, "needs a kind, a target, a reason and a time");
            }
        }

        /** How long it has waited at {@code now} (never negative). */
        public Duration age(Instant now) {
            Duration age = Duration.between(since, now);
            return age.isNegative() ? Duration.ZERO : age;
        }

        /** "40 s", "12 min", "3 h 5 min", "2 d 4 h". */
        public String ageText(Instant now) {
            return Durations.age(age(now));
        }
    }
}
