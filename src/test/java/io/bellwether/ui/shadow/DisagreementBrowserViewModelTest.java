package io.bellwether.ui.shadow;

import io.bellwether.io.DisagreementExport;
import io.bellwether.ui.InlineTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** The browser's state on a workspace with 600 known disagreements, 200 per result pair. */
class DisagreementBrowserViewModelTest {
    @TempDir
    Path folder;
    DisagreementFixture fixture;
    DisagreementBrowserViewModel model;

    @BeforeEach
    void open() {
        fixture = new DisagreementFixture(folder);
        model = new DisagreementBrowserViewModel(fixture.workspace.shadows().disagreements(), new InlineTaskExecutor());
        model.show(fixture.shadowId);
    }

    @AfterEach
    void close() {
        fixture.workspace.close();
    }

    @Test
    void theConfusionTableCountsEveryPairExactly() {
        assertThat(model.pairs()).extracting(PairRow::primary, PairRow::shadow, PairRow::count).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("legit", "fraud", 200L),
                org.assertj.core.groups.Tuple.tuple("fraud", "legit", 200L),
                org.assertj.core.groups.Tuple.tuple("legit", "review", 200L));
        assertThat(model.pairs()).extracting(PairRow::share).containsOnly("33.33%");
        assertThat(model.summaryTextProperty().get()).isEqualTo("Top 3 of 3 result pairs (click one to filter)");
        assertThat(model.pageTextProperty().get()).isEqualTo("1–50 of 600 disagreements · page 1 of 12");
        assertThat(model.rows().get(0).disagreement().comparisonNo()).isEqualTo(1_198);
        assertThat(model.detailProperty().get()).contains("Primary result:\n\"legit\"");
    }

    @Test
    void aClickOnAPairFiltersTheListAndPagesStayInIt() {
        PairRow fraudLegit = model.pairs().stream().filter(p -> p.primary().equals("fraud")).findFirst().orElseThrow();
        model.filterByPair(fraudLegit);

        assertThat(model.page().total()).isEqualTo(200);
        assertThat(model.rows()).hasSize(50).allSatisfy(r -> assertThat(r.primary() + ">" + r.shadow())
                .isEqualTo("fraud>legit"));
        assertThat(model.pairTextProperty().get()).isEqualTo("Only primary fraud → shadow legit");
        model.lastPage();
        assertThat(model.pageTextProperty().get()).isEqualTo("151–200 of 200 disagreements · page 4 of 4");
        model.nextPage();
        assertThat(model.page().page()).isEqualTo(4);
        model.clearPair();
        assertThat(model.page().total()).isEqualTo(600);
    }

    @Test
    void timeAndSlowerFiltersCountExactlyAndBadTextChangesNothing() {
        model.fromProperty().set(FilterText.format(DisagreementFixture.START.plusSeconds(100)));
        model.toProperty().set(FilterText.format(DisagreementFixture.START.plusSeconds(299)));
        model.slowerByProperty().set("30");
        assertThat(model.applyFilters()).isTrue();
        long want = java.util.stream.IntStream.rangeClosed(100, 299).filter(i -> i % 2 == 0 && i % 40 > 30).count();
        assertThat(model.page().total()).isEqualTo(want);
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.disagreement().latencyDifference()).isGreaterThan(0.030));

        model.slowerByProperty().set("fast");
        assertThat(model.applyFilters()).isFalse();
        assertThat(model.status().messageProperty().get()).contains("slower_by_ms").contains("fast");
        assertThat(model.page().total()).isEqualTo(want);
        model.fromProperty().set("yesterday");
        assertThat(model.applyFilters()).isFalse();
        assertThat(model.status().messageProperty().get()).contains("from");
    }

    @Test
    void exportsTheFilteredDisagreementsAsCsvAndJsonLines() throws Exception {
        model.slowerByProperty().set("35");
        model.applyFilters();
        long want = model.page().total();
        Path csv = folder.resolve("d.csv");
        Path jsonl = folder.resolve("d.jsonl");
        model.export(csv, DisagreementExport.CSV);
        model.export(jsonl, DisagreementExport.JSON_LINES);

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo(String.join(",", DisagreementExport.COLUMNS));
        assertThat(rows).hasSize((int) want + 1);
        assertThat(rows.get(1)).startsWith("1198,").contains(",\"\"\"legit\"\"\",");
        assertThat(Files.readAllLines(jsonl)).hasSize((int) want).first().asString()
                .contains("\"primary_result\":\"legit\"").contains("\"difference_ms\":38.0");
        assertThat(model.status().messageProperty().get()).isEqualTo("Exported " + want + " disagreements to " + jsonl);
    }

    @Test
    void anUnknownShadowAndAnUnparsableResultAreSaidNotThrown() {
        model.show("shadow_nope");
        assertThat(model.status().messageProperty().get()).contains("shadow_nope");
        assertThat(model.rows()).isEmpty();
        assertThat(model.pairs()).isEmpty();

        String raw = fixture.workspace.shadows().shadowDeploy("x:1", "x:2", 100,
                io.bellwether.application.port.in.Operators.systemUser()).shadowId();
        fixture.workspace.shadows().recordShadowComparisons(raw, List.of(new io.bellwether.domain.ShadowComparison(
                DisagreementFixture.START, "{not json", "\"a\"", 0.01, 0.02, false)),
                io.bellwether.application.port.in.Operators.systemUser());
        model.show(raw);
        assertThat(model.rows()).hasSize(1);
        assertThat(model.detailProperty().get()).contains("Primary result:\n{not json" + io.bellwether.io.ResultText.UNPARSABLE);
        assertThat(model.summaryTextProperty().get()).contains("not valid JSON");
    }
}
