package io.bellwether.ui.common;

import io.bellwether.ui.HeldTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class LoaderTest {
    private final HeldTaskExecutor executor = new HeldTaskExecutor();
    private final Loader loader = new Loader(executor);
    private final List<String> applied = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void isBusyWhileTheLoadIsInFlightAndAppliesItsResult() {
        loader.load(() -> "first", applied::add);
        assertThat(loader.isBusy()).isTrue();
        assertThat(applied).isEmpty();
        executor.releaseAll();
        assertThat(loader.isBusy()).isFalse();
        assertThat(applied).containsExactly("first");
    }

    @Test
    void dropsTheResultOfALoadOvertakenByANewerOne() {
        loader.load(() -> "old", applied::add);
        loader.load(() -> "new", applied::add);
        executor.release(1);
        assertThat(loader.isBusy()).isFalse();
        executor.release(0);
        assertThat(applied).containsExactly("new");
        assertThat(loader.isBusy()).isFalse();
    }

    @Test
    void staysBusyWhenAnOlderLoadReturnsBeforeTheNewest() {
        loader.load(() -> "old", applied::add);
        loader.load(() -> "new", applied::add);
        executor.release(0);
        assertThat(applied).isEmpty();
        assertThat(loader.isBusy()).isTrue();
        executor.releaseAll();
        assertThat(applied).containsExactly("new");
    }

    @Test
    void showsTheErrorOfTheNewestLoadAndClearsItOnTheNextSuccess() {
        loader.<String>load(() -> {
            throw new IllegalStateException("database gone");
        }, applied::add, failure -> failures.add(failure.getMessage()));
        executor.releaseAll();
        assertThat(loader.errorProperty().get()).isEqualTo("database gone");
        assertThat(failures).containsExactly("database gone");
        assertThat(loader.isBusy()).isFalse();
        loader.load(() -> "back", applied::add);
        executor.releaseAll();
        assertThat(loader.errorProperty().get()).isNull();
        assertThat(applied).containsExactly("back");
    }

    @Test
    void dropsTheFailureOfAnOvertakenLoad() {
        loader.<String>load(() -> {
            throw new IllegalStateException("late");
        }, applied::add, failure -> failures.add(failure.getMessage()));
        loader.load(() -> "current", applied::add);
        executor.release(1);
        executor.release(0);
        assertThat(failures).isEmpty();
        assertThat(loader.errorProperty().get()).isNull();
        assertThat(applied).containsExactly("current");
    }

    @Test
    void cancelDropsWhateverIsInFlight() {
        loader.load(() -> "stale", applied::add);
        loader.cancel();
        assertThat(loader.isBusy()).isFalse();
        executor.releaseAll();
        assertThat(applied).isEmpty();
    }
}
