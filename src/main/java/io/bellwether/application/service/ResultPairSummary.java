package io.bellwether.application.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.bellwether.application.port.in.DisagreementSummary;
import io.bellwether.application.port.in.DisagreementSummary.Bucket;
import io.bellwether.application.port.in.DisagreementSummary.Kind;
import io.bellwether.domain.DisagreementPairCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides what the counts per result pair are: labels when every result is a string, a boolean or
 * an integer (integers only while there are at most {@value #MAX_INTEGER_LABELS} of them), numbers
 * otherwise when every result is a number, else neither.
 */
final class ResultPairSummary {
    static final int MAX_INTEGER_LABELS = 50;
    static final int BUCKETS = 20;

    private ResultPairSummary() {
    }

    static DisagreementSummary of(List<DisagreementPairCount> pairs) {
        long total = pairs.stream().mapToLong(DisagreementPairCount::count).sum();
        if (pairs.isEmpty()) {
            return none(total, "No disagreements.");
        }
        boolean labels = true;
        boolean numbers = true;
        Set<String> integers = new HashSet<>();
        for (DisagreementPairCount pair : pairs) {
            for (String json : List.of(text(pair.pair().primaryResultJson()), text(pair.pair().shadowResultJson()))) {
                JsonNode node = parse(json);
                if (node == null) {
                    return none(total, json.isEmpty() ? "Results were not recorded for every disagreement."
                            : "Some stored results are not valid JSON; they are shown raw.");
                }
                labels &= node.isTextual() || node.isBoolean() || node.isIntegralNumber();
                numbers &= node.isNumber();
                if (node.isIntegralNumber()) {
                    integers.add(node.asText());
                }
            }
        }
        if (labels && integers.size() <= MAX_INTEGER_LABELS) {
            return new DisagreementSummary(Kind.LABELS, total,
                    pairs.subList(0, Math.min(DisagreementSummary.TOP_PAIRS, pairs.size())), pairs.size(), List.of(),
                    "");
        }
        if (numbers) {
            return new DisagreementSummary(Kind.NUMERIC, total, List.of(), pairs.size(), histogram(pairs), "");
        }
        return none(total, "Results are structured or mixed: no confusion table.");
    }

    private static String text(String json) {
        return json == null ? "" : json;
    }

    private static JsonNode parse(String json) {
        if (json.isEmpty()) {
            return null;
        }
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static List<Bucket> histogram(List<DisagreementPairCount> pairs) {
        double[] differences = new double[pairs.size()];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < differences.length; i++) {
            DisagreementPairCount pair = pairs.get(i);
            differences[i] = parse(pair.pair().shadowResultJson()).asDouble()
                    - parse(pair.pair().primaryResultJson()).asDouble();
            min = Math.min(min, differences[i]);
            max = Math.max(max, differences[i]);
        }
        double width = max > min ? (max - min) / BUCKETS : 1;
        int buckets = max > min ? BUCKETS : 1;
        long[] counts = new long[buckets];
        for (int i = 0; i < differences.length; i++) {
            counts[Math.min(buckets - 1, (int) ((differences[i] - min) / width))] += pairs.get(i).count();
        }
        List<Bucket> found = new ArrayList<>(buckets);
        for (int b = 0; b < buckets; b++) {
            found.add(new Bucket(min + b * width, b == buckets - 1 ? Math.max(max, min + width) : min + (b + 1) * width,
                    counts[b]));
        }
        return found;
    }

    private static DisagreementSummary none(long total, String note) {
        return new DisagreementSummary(Kind.NONE, total, List.of(), 0, List.of(), note);
    }
}
