package io.bellwether.application;

import io.bellwether.application.port.in.DisagreementPage;
import io.bellwether.application.port.in.DisagreementSummary;
import io.bellwether.application.port.in.Disagreements;
import io.bellwether.application.port.in.NotFoundException;
import io.bellwether.application.port.in.Operators;
import io.bellwether.domain.Disagreement;
import io.bellwether.domain.DisagreementFilter;
import io.bellwether.domain.DisagreementFilter.ResultPair;
import io.bellwether.domain.DisagreementPairCount;
import io.bellwether.domain.InvalidInputException;
import io.bellwether.domain.ShadowComparison;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The disagreement index and browser on a shadow with known disagreements: 7,000 comparisons in
 * the tail, every tenth disagreeing, with label pairs and latency differences known per number;
 * and one of more than a segment, recorded in two batches so that the second seals the first's tail.
 */
class DisagreementBrowserTest extends WorkspaceTestBase {
    static final int COUNT = 7_000;
    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    static final String[][] PAIRS = {{"\"legit\"", "\"fraud\""}, {"\"fraud\"", "\"legit\""}, {"\"legit\"", "\"review\""}};

    String shadowId;
    Disagreements browser;

    static boolean disagrees(int i) {
        return i % 10 == 0;
    }

    static String[] pairOf(int i) {
        return PAIRS[(i / 10) % 3];
    }

    /** Shadow slower than primary by (i % 50) ms. */
    static ShadowComparison comparison(int i) {
        boolean agree = !disagrees(i);
        return new ShadowComparison(START.plusMillis(i), agree ? null : pairOf(i)[0], agree ? null : pairOf(i)[1],
                0.030, 0.030 + (i % 50) / 1000.0, agree);
    }

    static long expected(IntPredicate which) {
        return expected(COUNT, which);
    }

    static long expected(int count, IntPredicate which) {
        long n = 0;
        for (int i = 0; i < count; i++) {
            n += disagrees(i) && which.test(i) ? 1 : 0;
        }
        return n;
    }

    @BeforeEach
    void recordKnownDisagreements() {
        shadowId = recorded(COUNT, COUNT);
        browser = service.shadows().disagreements();
    }

    /** A new shadow with comparisons 0 to count - 1, recorded in two batches split before {@code second}. */
    String recorded(int count, int second) {
        String id = service.shadows().shadowDeploy("m:1", "m:" + (count + 1), 100, Operators.systemUser()).shadowId();
        List<ShadowComparison> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i == second) {
                service.shadows().recordShadowComparisons(id, batch, Operators.systemUser());
                batch.clear();
            }
            batch.add(comparison(i));
        }
        service.shadows().recordShadowComparisons(id, batch, Operators.systemUser());
        return id;
    }

    @Test
    void disagreementsAreIndexedOnceWhenTheTailIsSealedIntoASegment() {
        int count = 66_000;
        String sealed = recorded(count, 65_000);

        DisagreementPage first = browser.page(sealed, DisagreementFilter.ALL, 1, 10);
        assertThat(first.total()).isEqualTo(expected(count, i -> true));
        assertThat(first.rows().get(0).comparisonNo()).isEqualTo(65_990);
        assertThat(browser.summary(sealed, DisagreementFilter.ALL).topPairs()).extracting(DisagreementPairCount::count)
                .containsExactlyInAnyOrder(expected(count, i -> (i / 10) % 3 == 0), expected(count, i -> (i / 10) % 3 == 1),
                        expected(count, i -> (i / 10) % 3 == 2));
    }

    @Test
    void countsPerPairAreExactAndTheSummaryIsAConfusionTable() {
        DisagreementSummary summary = browser.summary(shadowId, DisagreementFilter.ALL);

        assertThat(summary.kind()).isEqualTo(DisagreementSummary.Kind.LABELS);
        assertThat(summary.total()).isEqualTo(COUNT / 10);
        assertThat(summary.distinctPairs()).isEqualTo(3);
        for (int p = 0; p < PAIRS.length; p++) {
            int pair = p;
            long want = expected(i -> (i / 10) % 3 == pair);
            assertThat(summary.topPairs()).contains(new DisagreementPairCount(
                    new ResultPair(PAIRS[p][0], PAIRS[p][1]), want));
        }
        assertThat(summary.topPairs().get(0).count()).isGreaterThanOrEqualTo(summary.topPairs().get(2).count());
    }

    @Test
    void pagesAreNewestFirstAndThePageCountFollowsTheFilter() {
        DisagreementPage first = browser.page(shadowId, DisagreementFilter.ALL, 1, 50);
        assertThat(first.total()).isEqualTo(700);
        assertThat(first.pages()).isEqualTo(14);
        assertThat(first.rows()).hasSize(50);
        assertThat(first.rows().get(0).comparisonNo()).isEqualTo(6_990);
        assertThat(first.rows().get(1).comparisonNo()).isEqualTo(6_980);

        DisagreementPage last = browser.page(shadowId, DisagreementFilter.ALL, 14, 50);
        assertThat(last.rows()).extracting(Disagreement::comparisonNo).endsWith(10L, 0L);
        Disagreement oldest = last.rows().get(last.rows().size() - 1);
        assertThat(oldest.timestamp()).isEqualTo(START);
        assertThat(oldest.primaryResultJson()).isEqualTo("\"legit\"");
        assertThat(oldest.shadowResultJson()).isEqualTo("\"fraud\"");

        Disagreement middle = browser.page(shadowId, DisagreementFilter.ALL, 8, 50).rows().get(0);
        assertThat(middle.comparisonNo()).isEqualTo((700 - 7 * 50 - 1) * 10L);
        assertThat(middle.latencyDifference() * 1000).isCloseTo(middle.comparisonNo() % 50,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void filtersByPairTimeAndSlowerShadowCountExactly() {
        ResultPair fraudLegit = new ResultPair("\"fraud\"", "\"legit\"");
        Instant from = START.plusMillis(2_000);
        Instant to = START.plusMillis(5_000);
        DisagreementFilter filter = new DisagreementFilter(from, to, 25.0, fraudLegit);

        long want = expected(i -> (i / 10) % 3 == 1 && i >= 2_000 && i <= 5_000 && i % 50 > 25);
        DisagreementPage page = browser.page(shadowId, filter, 1, 1000);
        assertThat(page.total()).isEqualTo(want).isPositive();
        assertThat(page.rows()).hasSize((int) want).allSatisfy(d -> {
            assertThat(d.primaryResultJson()).isEqualTo("\"fraud\"");
            assertThat(d.latencyDifference()).isGreaterThan(0.025);
            assertThat(d.timestamp()).isBetween(from, to);
        });
        assertThat(browser.summary(shadowId, filter).total())
                .isEqualTo(expected(i -> i >= 2_000 && i <= 5_000 && i % 50 > 25));
        List<Disagreement> all = new ArrayList<>();
        assertThat(browser.each(shadowId, filter.withPair(null), all::add))
                .isEqualTo(expected(i -> i >= 2_000 && i <= 5_000 && i % 50 > 25));
        assertThat(all).extracting(Disagreement::comparisonNo).doesNotHaveDuplicates();
    }

    @Test
    void newestFirstIsByComparisonTimeNotByRecordingOrder() {
        String late = service.shadows().shadowDeploy("o:1", "o:2", 100, Operators.systemUser()).shadowId();
        // Recorded in two batches, each out of order, the second holding the earliest times of all.
        int[][] secondsByBatch = {{50, 10, 90, 30, 70}, {20, 5, 60, 40}};
        for (int[] seconds : secondsByBatch) {
            List<ShadowComparison> batch = new ArrayList<>();
            for (int second : seconds) {
                batch.add(new ShadowComparison(START.plusSeconds(second), "\"a" + second + "\"", "\"b\"", 0.01,
                        0.01 + second / 1000.0, false));
            }
            service.shadows().recordShadowComparisons(late, batch, Operators.systemUser());
        }
        List<Long> newestFirst = List.of(90L, 70L, 60L, 50L, 40L, 30L, 20L, 10L, 5L);

        List<Long> shown = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            browser.page(late, DisagreementFilter.ALL, page, 3).rows()
                    .forEach(d -> shown.add(d.timestamp().getEpochSecond() - START.getEpochSecond()));
        }
        assertThat(shown).isEqualTo(newestFirst);
        DisagreementFilter slowerBy25 = new DisagreementFilter(START.plusSeconds(10), START.plusSeconds(70), 25.0, null);
        assertThat(browser.page(late, slowerBy25, 1, 10).rows())
                .extracting(d -> d.timestamp().getEpochSecond() - START.getEpochSecond())
                .containsExactly(70L, 60L, 50L, 40L, 30L);
        DisagreementFilter onePair = DisagreementFilter.ALL.withPair(new ResultPair("\"a5\"", "\"b\""));
        assertThat(browser.page(late, onePair, 1, 10).rows()).extracting(Disagreement::timestamp)
                .containsExactly(START.plusSeconds(5));
    }

    @Test
    void theIndexSurvivesReopeningAndKeepsIndexingNewComparisons() {
        reopen();
        service.shadows().recordShadowComparison(shadowId, "fraud", "legit", 0.01, 0.02, false);
        service.shadows().recordShadowComparison(shadowId, "fraud", "fraud", 0.01, 0.02, true);

        DisagreementPage page = service.shadows().disagreements().page(shadowId, DisagreementFilter.ALL, 1, 1);
        assertThat(page.total()).isEqualTo(701);
        assertThat(page.rows().get(0).comparisonNo()).isEqualTo(COUNT);
    }

    @Test
    void badInputIsRefusedNamingWhatWasWrong() {
        assertThatThrownBy(() -> browser.page("shadow_nope", DisagreementFilter.ALL, 1, 50))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("shadow_nope");
        assertThatThrownBy(() -> browser.summary("shadow_nope", DisagreementFilter.ALL))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> browser.page(shadowId, DisagreementFilter.ALL, 15, 50))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("past the end")
                .hasMessageContaining("14 pages");
        assertThatThrownBy(() -> browser.page(shadowId, DisagreementFilter.ALL, 1, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("page_size");
        assertThatThrownBy(() -> new DisagreementFilter(START.plusSeconds(1), START, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from");
        DisagreementFilter none = new DisagreementFilter(null, null, 1_000.0, null);
        assertThat(browser.page(shadowId, none, 1, 50).rows()).isEmpty();
        assertThat(browser.summary(shadowId, none).kind()).isEqualTo(DisagreementSummary.Kind.NONE);
    }

    @Test
    void numericResultsGiveTheDistributionOfTheDifference() {
        String numeric = service.shadows().shadowDeploy("r:1", "r:2", 100, Operators.systemUser()).shadowId();
        List<ShadowComparison> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(new ShadowComparison(START.plusMillis(i), String.valueOf(i * 0.5), String.valueOf(i * 0.5 + i % 10),
                    0.01, 0.01, i % 10 == 0));
        }
        service.shadows().recordShadowComparisons(numeric, batch, Operators.systemUser());

        DisagreementSummary summary = browser.summary(numeric, DisagreementFilter.ALL);
        assertThat(summary.kind()).isEqualTo(DisagreementSummary.Kind.NUMERIC);
        assertThat(summary.differences()).extracting(DisagreementSummary.Bucket::count)
                .containsOnly(0L, 20L).hasSize(20);
        assertThat(summary.differences().stream().mapToLong(DisagreementSummary.Bucket::count).sum()).isEqualTo(180);
        assertThat(summary.differences().get(0).from()).isEqualTo(1.0);
        assertThat(summary.differences().get(19).to()).isEqualTo(9.0);
    }

    @Test
    void unparsableStoredResultsAreNoConfusionTableAndSaySo() {
        String raw = service.shadows().shadowDeploy("x:1", "x:2", 100, Operators.systemUser()).shadowId();
        service.shadows().recordShadowComparisons(raw, List.of(
                new ShadowComparison(START, "{not json", "\"a\"", 0.01, 0.01, false)), Operators.systemUser());

        DisagreementSummary summary = browser.summary(raw, DisagreementFilter.ALL);
        assertThat(summary.kind()).isEqualTo(DisagreementSummary.Kind.NONE);
        assertThat(summary.note()).contains("not valid JSON");
        assertThat(browser.page(raw, DisagreementFilter.ALL, 1, 10).rows().get(0).primaryResultJson())
                .isEqualTo("{not json");
    }
}
