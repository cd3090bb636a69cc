package io.bellwether.ui.queue;

import io.bellwether.application.port.in.AttentionQueue;
import io.bellwether.application.port.in.AttentionQueue.Item;
import io.bellwether.ui.TaskExecutor;
import io.bellwether.ui.common.Loader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Needs a human": the workspace's attention queue, loaded on the worker after every change and every
 * {@link #RELOAD_EVERY} (a metric source goes stale by time alone), its ages kept current by {@link #tick()}.
 * "Go to" names the deployment and the tab that shows what the item waits for.
 */
public final class QueueViewModel {
    static final Duration RELOAD_EVERY = Duration.ofSeconds(30);
    static final String EMPTY = "Nothing needs a human: no paused or inconclusive canary, pending promotion,"
            + " failed traffic hook or stale metric source.";

    private final AttentionQueue queue;
    private final Clock clock;
    private final Loader loader;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final StringBinding badge;
    private final StringBinding placeholder;
    private final StringBinding summary;
    private List<Item> items = List.of();
    private Instant loadedAt;
    private Consumer<Destination> onGoTo = destination -> { };

    public QueueViewModel(AttentionQueue queue, TaskExecutor executor, Clock clock) {
        this.queue = queue;
        this.clock = clock;
        this.loader = new Loader(executor);
        badge = Bindings.createStringBinding(() -> "Needs a human: " + rows.size(), rows);
        summary = Bindings.createStringBinding(() -> rows.isEmpty() ? "" : rows.size() == 1 ? "1 item"
                : rows.size() + " items, the newest first", rows);
        placeholder = Bindings.createStringBinding(() -> loader.errorProperty().get() != null
                ? "Could not read the queue: " + loader.errorProperty().get() : EMPTY, loader.errorProperty());
    }

    /** Reads the queue again (after an action, a forwarded command, another writer's commit). */
    public void load() {
        Instant now = clock.instant();
        loadedAt = now;
        loader.load(() -> queue.waiting(now), loaded -> {
            items = loaded;
            showAges();
        });
    }

    /** "Needs a human: 3", for the button that opens the panel. */
    public StringBinding badgeProperty() {
        return badge;
    }

    /** Every second: ages move on; the queue is read again every {@link #RELOAD_EVERY}. */
    public void tick() {
        if (loadedAt == null || !clock.instant().isBefore(loadedAt.plus(RELOAD_EVERY))) {
            load();
        } else {
            showAges();
        }
    }

    /** "3 items, the newest first" over the panel; empty when nothing waits. */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** Replaces the rows only when a text changed, so a tick that ages nothing leaves the table alone. */
    private void showAges() {
        Instant now = clock.instant();
        List<Row> aged = items.stream().map(item -> new Row(item, item.ageText(now), item.kind().shown(),
                item.target() + (item.environment() == null ? "" : " \u00b7 " + item.environment()),
                item.reason())).toList();
        if (!aged.equals(rows)) {
            rows.setAll(aged);
        }
    }

    /** What the empty list says: nothing waits, or why the queue could not be read. */
    public StringBinding placeholderProperty() {
        return placeholder;
    }

    /** Goes to the row's deployment and tab. */
    public void goTo(Row row) {
        onGoTo.accept(destination(row.item()));
    }

    public ObservableList<Row> rows() {
        return readOnlyRows;
    }

    /** The deployment to select and the screen (tab title) that shows what {@code item} waits for. */
    static Destination destination(Item item) {
        String tab = switch (item.kind()) {
            case PAUSED_CANARY -> "Canary stages";
            case INCONCLUSIVE_RUN, STALE_METRICS -> "Health history";
            case PENDING_PROMOTION -> "Review";
            case FAILED_HOOK, FAILED_NOTIFICATION -> "Audit trail";
        };
        return new Destination(item.deploymentId(), tab);
    }

    /** Whether the panel is shown. */
    public BooleanProperty openProperty() {
        return open;
    }

    public void setOnGoTo(Consumer<Destination> listener) {
        this.onGoTo = listener;
    }

    /** One line of the panel. */
    public record Row(Item item, String age, String kind, String target, String reason) {
    }

    /** Where "Go to" leads: the deployment to select (null: none, e.g. a version never deployed) and the tab. */
    public record Destination(String deploymentIdOrNull, String tabTitle) {
    }
}
