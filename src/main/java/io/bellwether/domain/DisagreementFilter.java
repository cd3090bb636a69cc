package io.bellwether.domain;

import java.time.Instant;

/**
 * Which disagreements to show: a time range (inclusive, null bounds open), "shadow slower than
 * primary by more than {@code slowerByMillis} ms" (null: any) and one (primary, shadow) result pair
 * (null: every pair).
 */
public record DisagreementFilter(Instant fromOrNull, Instant toOrNull, Double slowerByMillisOrNull,
                                 ResultPair pairOrNull) {
    public static final DisagreementFilter ALL = new DisagreementFilter(null, null, null, null);

    public DisagreementFilter {
        if (fromOrNull != null && toOrNull != null && fromOrNull.isAfter(toOrNull)) {
            throw new InvalidInputException("from", fromOrNull, "must not be after to (" + toOrNull + ")");
        }
        if (slowerByMillisOrNull != null && !Double.isFinite(slowerByMillisOrNull)) {
            throw new InvalidInputException("slower_by_ms", slowerByMillisOrNull, "must be a finite number");
        }
    }

    public DisagreementFilter withPair(ResultPair pair) {
        return new DisagreementFilter(fromOrNull, toOrNull, slowerByMillisOrNull, pair);
    }

    /** The primary and shadow result JSON texts of a pair; null stands for "not recorded". */
    public record ResultPair(String primaryResultJson, String shadowResultJson) {
    }
}
