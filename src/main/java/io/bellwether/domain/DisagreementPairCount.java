package io.bellwether.domain;

/** How many disagreements had this (primary result, shadow result) pair. */
public record DisagreementPairCount(DisagreementFilter.ResultPair pair, long count) {
}
