package io.bellwether.ui.shadow;

import io.bellwether.application.port.in.DisagreementPage;
import io.bellwether.application.port.in.DisagreementSummary;
import io.bellwether.application.port.in.Disagreements;
import io.bellwether.domain.DisagreementFilter;
import io.bellwether.domain.DisagreementFilter.ResultPair;
import io.bellwether.io.DisagreementExport;
import io.bellwether.io.ResultText;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.DisplayFormats;
import io.bellwether.ui.common.Loader;
import io.bellwether.ui.common.StatusLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the disagreement browser of one shadow: the filter typed (time range, "shadow slower by
 * more than X ms", a pair chosen in the confusion table), the page shown (one store query each), the
 * confusion table or the distribution of the difference, and the selected row's results. Bad filter
 * text is said on the status line and changes nothing.
 */
public final class DisagreementBrowserViewModel {
    public static final int PAGE_SIZE = 50;

    private final Disagreements disagreements;
    private final Loader pageLoader;
    private final Loader summaryLoader;
    private final Loader exportLoader;
    private final StatusLine status = new StatusLine();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty slowerBy = new SimpleStringProperty("");
    private final ObjectProperty<ResultPair> pair = new SimpleObjectProperty<>();
    private final ObservableList<DisagreementRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PairRow> pairs = FXCollections.observableArrayList();
    private final ObservableList<String> differences = FXCollections.observableArrayList();
    private final ObjectProperty<DisagreementRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pairText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private String shadowId;
    private DisagreementFilter filter = DisagreementFilter.ALL;
    private DisagreementPage page;

    public DisagreementBrowserViewModel(Disagreements disagreements, TaskExecutor executor) {
        this.disagreements = disagreements;
        this.pageLoader = new Loader(executor);
        this.summaryLoader = new Loader(executor);
        this.exportLoader = new Loader(executor);
        status.busyWhile(pageLoader.busyProperty().or(summaryLoader.busyProperty()).or(exportLoader.busyProperty()));
        selected.addListener((obs, old, now) -> detail.set(now == null ? "" : "Primary result:\n" + now.primaryPretty()
                + "\n\nShadow result:\n" + now.shadowPretty()));
    }

    /** Shows the shadow's disagreements from the first page, with no filter. */
    public void show(String id) {
        shadowId = id;
        from.set("");
        to.set("");
        slowerBy.set("");
        pair.set(null);
        filter = DisagreementFilter.ALL;
        reload();
    }

    /** Reads the typed filter; a bad value is said and nothing is reloaded. */
    public boolean applyFilters() {
        try {
            filter = new DisagreementFilter(DisplayFormats.typedTimeOrNull("from", from.get()),
                    DisplayFormats.typedTimeOrNull("to", to.get()),
                    FilterText.millis(slowerBy.get()), pair.get());
        } catch (RuntimeException bad) {
            status.say(bad.getMessage());
            return false;
        }
        reload();
        return true;
    }

    /** A click in the confusion table: only that pair from now on. */
    public void filterByPair(PairRow row) {
        pair.set(row == null ? null : row.pair());
        applyFilters();
    }

    public void clearPair() {
        filterByPair(null);
    }

    private void reload() {
        loadPage(1);
        DisagreementFilter summaryFilter = filter;
        summaryLoader.load(() -> disagreements.summary(shadowId, summaryFilter), this::applySummary, failure -> {
            pairs.clear();
            differences.clear();
            summaryText.set("");
            status.say(failure.getMessage());
        });
    }

    public void nextPage() {
        if (page != null && page.page() < page.pages()) {
            loadPage(page.page() + 1);
        }
    }

    public void previousPage() {
        if (page != null && page.page() > 1) {
            loadPage(page.page() - 1);
        }
    }

    public void lastPage() {
        if (page != null) {
            loadPage((int) Math.min(Integer.MAX_VALUE, page.pages()));
        }
    }

    private void loadPage(int number) {
        String id = shadowId;
        DisagreementFilter current = filter;
        pageLoader.load(() -> disagreements.page(id, current, number, PAGE_SIZE), this::applyPage, failure -> {
            // Never another shadow's rows under this one's name (an unknown or removed shadow).
            page = null;
            rows.clear();
            pageText.set("");
            status.say(failure.getMessage());
        });
    }

    private void applyPage(DisagreementPage loaded) {
        page = loaded;
        rows.setAll(loaded.rows().stream().map(DisagreementRow::of).toList());
        selected.set(rows.isEmpty() ? null : rows.get(0));
        pageText.set(loaded.total() == 0 ? "No disagreements match" : String.format(java.util.Locale.ROOT,
                "%,d–%,d of %,d disagreements · page %,d of %,d", loaded.firstRow(),
                loaded.firstRow() + loaded.rows().size() - 1, loaded.total(), loaded.page(), loaded.pages()));
        ResultPair shown = filter.pairOrNull();
        pairText.set(shown == null ? "All result pairs" : "Only primary " + ResultText.label(shown.primaryResultJson())
                + " → shadow " + ResultText.label(shown.shadowResultJson()));
        status.say("");
    }

    private void applySummary(DisagreementSummary summary) {
        pairs.setAll(summary.topPairs().stream().map(p -> PairRow.of(p, summary.total())).toList());
        differences.setAll(summary.differences().stream().map(b -> DisplayFormats.decimal(b.from(), 3) + " to "
                + DisplayFormats.decimal(b.to(), 3) + ": " + b.count()).toList());
        summaryText.set(switch (summary.kind()) {
            case LABELS -> "Top " + summary.topPairs().size() + " of " + summary.distinctPairs()
                    + " result pairs (click one to filter)";
            case NUMERIC -> "Distribution of shadow − primary result";
            case NONE -> summary.note();
        });
    }

    /** Writes every disagreement under the filter shown to {@code file}, on the worker. */
    public void export(Path file, DisagreementExport format) {
        String id = shadowId;
        DisagreementFilter current = filter;
        status.say("Exporting to " + file + "…");
        exportLoader.load(() -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                format.writeHeader(out);
                long[] written = {0};
                disagreements.each(id, current, d -> {
                    try {
                        format.writeRow(out, d);
                        written[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return written[0];
            }
        }, written -> status.say(String.format(java.util.Locale.ROOT, "Exported %,d disagreements to %s", written,
                file)), failure -> status.say("Could not export to " + file + ": " + (failure instanceof
                UncheckedIOException u ? u.getCause().getMessage() : failure.getMessage())));
    }

    public DisagreementPage page() {
        return page;
    }

    public DisagreementFilter filter() {
        return filter;
    }

    public String shadowId() {
        return shadowId;
    }

    public Disagreements disagreements() {
        return disagreements;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty slowerByProperty() {
        return slowerBy;
    }

    public ObservableList<DisagreementRow> rows() {
        return rows;
    }

    public ObservableList<PairRow> pairs() {
        return pairs;
    }

    public ObservableList<String> differences() {
        return differences;
    }

    public ObjectProperty<DisagreementRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pairTextProperty() {
        return pairText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public StatusLine status() {
        return status;
    }
}
