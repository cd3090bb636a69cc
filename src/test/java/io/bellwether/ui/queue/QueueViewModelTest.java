package io.bellwether.ui.queue;

import io.bellwether.application.port.in.AttentionQueue;
import io.bellwether.application.port.in.AttentionQueue.Item;
import io.bellwether.application.port.in.AttentionQueue.Kind;
import io.bellwether.ui.InlineTaskExecutor;
import io.bellwether.ui.views.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The "Needs a human" view model without a toolkit: a queue that records when it was asked. */
class QueueViewModelTest {
    static final Instant T = Instant.parse("2026-03-14T09:00:00Z");

    final MutableClock clock = new MutableClock(T);
    final List<Instant> asked = new ArrayList<>();
    List<Item> waiting = List.of(
            new Item(Kind.FAILED_HOOK, "dep-2", "dep-2", "staging", "start hook failed", T.minusSeconds(40)),
            new Item(Kind.PAUSED_CANARY, "dep-1", "dep-1", "production", "paused by alice", T.minus(Duration.ofMinutes(12))),
            new Item(Kind.PENDING_PROMOTION, "churn:v2", null, null, "staging → production", T.minus(Duration.ofHours(3))));
    final AttentionQueue queue = now -> {
        asked.add(now);
        return waiting;
    };
    final QueueViewModel model = new QueueViewModel(queue, new InlineTaskExecutor(), clock);

    @Test
    void rowsShowAgeKindTargetAndReasonAndTheBadgeCounts() {
        assertThat(model.badgeProperty().get()).isEqualTo("Needs a human: 0");
        model.load();

        assertThat(asked).containsExactly(T);
        assertThat(model.rows()).extracting(QueueViewModel.Row::age, QueueViewModel.Row::kind,
                QueueViewModel.Row::target, QueueViewModel.Row::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("40 s", "failed hook", "dep-2 · staging", "start hook failed"),
                org.assertj.core.groups.Tuple.tuple("12 min", "paused canary", "dep-1 · production", "paused by alice"),
                org.assertj.core.groups.Tuple.tuple("3 h 0 min", "pending promotion", "churn:v2", "staging → production"));
        assertThat(model.badgeProperty().get()).isEqualTo("Needs a human: 3");
        assertThat(model.summaryProperty().get()).isEqualTo("3 items, the newest first");
    }

    @Test
    void ticksAgeTheRowsAndReadTheQueueAgainEveryThirtySeconds() {
        model.load();
        clock.advance(Duration.ofSeconds(25));
        model.tick();
        assertThat(asked).hasSize(1);
        assertThat(model.rows().get(0).age()).isEqualTo("1 min");

        waiting = List.of();
        clock.advance(Duration.ofSeconds(5));
        model.tick();
        assertThat(asked).containsExactly(T, T.plusSeconds(30));
        assertThat(model.rows()).isEmpty();
        assertThat(model.placeholderProperty().get()).startsWith("Nothing needs a human");
    }

    @Test
    void goToLeadsToTheDeploymentAndTheTabOfEachKind() {
        List<QueueViewModel.Destination> went = new ArrayList<>();
        model.setOnGoTo(went::add);
        model.load();
        model.rows().forEach(model::goTo);

        assertThat(went).containsExactly(new QueueViewModel.Destination("dep-2", "Audit trail"),
                new QueueViewModel.Destination("dep-1", "Canary stages"),
                new QueueViewModel.Destination(null, "Review"));
        assertThat(QueueViewModel.destination(new Item(Kind.INCONCLUSIVE_RUN, "d", "d", "p", "r", T)).tabTitle())
                .isEqualTo("Health history");
        assertThat(QueueViewModel.destination(new Item(Kind.STALE_METRICS, "d", "d", "p", "r", T)).tabTitle())
                .isEqualTo("Health history");
    }

    @Test
    void aQueueThatCannotBeReadSaysWhyInsteadOfNothingWaits() {
        QueueViewModel broken = new QueueViewModel(now -> {
            throw new IllegalStateException("workspace closed");
        }, new InlineTaskExecutor(), clock);
        broken.load();
        assertThat(broken.rows()).isEmpty();
        assertThat(broken.placeholderProperty().get()).isEqualTo("Could not read the queue: workspace closed");
    }
}
