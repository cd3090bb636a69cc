package io.bellwether.application.port.in;

import io.bellwether.domain.DisagreementPairCount;
import java.util.List;

/**
 * What the disagreements' results say as a whole. LABELS (strings, booleans, small integers): the
 * {@value #TOP_PAIRS} most frequent (primary, shadow) pairs. NUMERIC: the distribution of shadow
 * minus primary result. NONE: neither, {@code note} says why (no results recorded, structured or
 * mixed results, some not valid JSON).
 *
 * @param distinctPairs how many different pairs there are in all (LABELS)
 */
public record DisagreementSummary(Kind kind, long total, List<DisagreementPairCount> topPairs, long distinctPairs,
                                  List<Bucket> differences, String note) {
    public static final int TOP_PAIRS = 20;

    public DisagreementSummary {
        topPairs = List.copyOf(topPairs);
        differences = List.copyOf(differences);
    }

    public enum Kind { LABELS, NUMERIC, NONE }

    /** Disagreements whose shadow minus primary result lies in [from, to) (the last bucket includes to). */
    public record Bucket(double from, double to, long count) {
    }
}
